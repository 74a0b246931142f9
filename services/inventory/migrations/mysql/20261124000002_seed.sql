-- Demo data: one warehouse stocking the six books catalog seeds (book ids 1-6).
INSERT INTO warehouse (id, name, address, capacity, version, created_at, updated_at)
VALUES (1, 'Seoul Central', '1 Warehouse Road, Seoul', 10000, 0, '2026-11-24 00:00:00', '2026-11-24 00:00:00');

INSERT INTO stock (book_id, warehouse_id, quantity, reserved_quantity, version, created_at, updated_at)
VALUES
    (1, 1, 100, 0, 0, '2026-11-24 00:00:00', '2026-11-24 00:00:00'),
    (2, 1, 80, 0, 0, '2026-11-24 00:00:00', '2026-11-24 00:00:00'),
    (3, 1, 60, 0, 0, '2026-11-24 00:00:00', '2026-11-24 00:00:00'),
    (4, 1, 90, 0, 0, '2026-11-24 00:00:00', '2026-11-24 00:00:00'),
    (5, 1, 50, 0, 0, '2026-11-24 00:00:00', '2026-11-24 00:00:00'),
    (6, 1, 40, 0, 0, '2026-11-24 00:00:00', '2026-11-24 00:00:00');
