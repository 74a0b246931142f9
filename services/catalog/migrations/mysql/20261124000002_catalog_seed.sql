-- Seed data: the fixed categories and the demo catalog. Ids are explicit because other
-- services' seeds (inventory's stock, for one) refer to books 1-6. Runs once, as every migration does.

INSERT INTO category (id, name, created_at, updated_at) VALUES
    (1, 'Art', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (2, 'Business', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (3, 'Children', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (4, 'Comic', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (5, 'Cookbook', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (6, 'Education', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (7, 'Engineering', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (8, 'Fiction', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (9, 'Health', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (10, 'History', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (11, 'Magazine', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (12, 'Novel', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (13, 'Poetry', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (14, 'Science', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (15, 'Sports', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (16, 'Technology', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (17, 'Travel', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (18, 'Agile', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (19, 'Software Architecture', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (20, 'Data Engineering', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (21, 'Coding Practices', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (22, 'Refactoring', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
    (23, 'Kubernetes', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000');

INSERT INTO publisher (id, name, address, version, created_at, updated_at) VALUES
    (1, 'O''Reilly Media', '1005 Gravenstein Highway North, Sebastopol, CA 95472, USA', 0, '2026-01-01 00:00:01.000000', '2026-01-01 00:00:01.000000'),
    (2, 'Manning Publications', '20 Baldwin Road, Shelter Island, NY 11964, USA', 0, '2026-01-01 00:00:02.000000', '2026-01-01 00:00:02.000000'),
    (3, 'Apress Media', '1 New York Plaza, New York, NY 10004, USA', 0, '2026-01-01 00:00:03.000000', '2026-01-01 00:00:03.000000'),
    (4, 'Addison-Wesley Professional', '75 Arlington Street, Boston, MA 02116, USA', 0, '2026-01-01 00:00:04.000000', '2026-01-01 00:00:04.000000'),
    (5, 'Packt Publishing', '35 Livery Street, Birmingham B3 2PB, United Kingdom', 0, '2026-01-01 00:00:05.000000', '2026-01-01 00:00:05.000000'),
    (6, 'Pearson', '221 River Street, Hoboken, NJ 07030, USA', 0, '2026-01-01 00:00:06.000000', '2026-01-01 00:00:06.000000');

INSERT INTO author (id, name, version, created_at, updated_at) VALUES
    (1, 'Robert C. Martin', 0, '2026-01-01 00:00:01.000000', '2026-01-01 00:00:01.000000'),
    (2, 'Martin Kleppmann', 0, '2026-01-01 00:00:02.000000', '2026-01-01 00:00:02.000000'),
    (3, 'David Thomas', 0, '2026-01-01 00:00:03.000000', '2026-01-01 00:00:03.000000'),
    (4, 'Andrew Hunt', 0, '2026-01-01 00:00:04.000000', '2026-01-01 00:00:04.000000'),
    (5, 'Martin Fowler', 0, '2026-01-01 00:00:05.000000', '2026-01-01 00:00:05.000000'),
    (6, 'Marko Luksa', 0, '2026-01-01 00:00:06.000000', '2026-01-01 00:00:06.000000');

INSERT INTO book (id, title, isbn, price, description, category_id, publisher_id, version, created_at, updated_at) VALUES
    (1, 'Clean Code', '9780132350884', 47.99, 'A handbook of agile software craftsmanship.', 18, 6, 0, '2026-01-01 00:00:01.000000', '2026-01-01 00:00:01.000000'),
    (2, 'Clean Architecture', '9780134494326', 49.99, 'A craftsman''s guide to software structure and design.', 19, 6, 0, '2026-01-01 00:00:02.000000', '2026-01-01 00:00:02.000000'),
    (3, 'Designing Data-Intensive Applications', '9781449373320', 59.99, 'The big ideas behind reliable, scalable, and maintainable systems.', 20, 1, 0, '2026-01-01 00:00:03.000000', '2026-01-01 00:00:03.000000'),
    (4, 'The Pragmatic Programmer', '9780135957059', 54.99, 'Your journey to mastery, 20th anniversary edition.', 21, 4, 0, '2026-01-01 00:00:04.000000', '2026-01-01 00:00:04.000000'),
    (5, 'Refactoring', '9780134757599', 65.99, 'Improving the design of existing code, second edition.', 22, 4, 0, '2026-01-01 00:00:05.000000', '2026-01-01 00:00:05.000000'),
    (6, 'Kubernetes in Action', '9781617293726', 59.99, 'Deploying and managing containerized applications with Kubernetes.', 23, 2, 0, '2026-01-01 00:00:06.000000', '2026-01-01 00:00:06.000000');

INSERT INTO book_author (book_id, author_id, position) VALUES
    (1, 1, 0),
    (2, 1, 0),
    (3, 2, 0),
    (4, 3, 0),
    (4, 4, 1),
    (5, 5, 0),
    (6, 6, 0);
