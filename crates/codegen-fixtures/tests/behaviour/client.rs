//! The generated client against the generated router over a real socket.
