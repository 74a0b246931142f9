-- A book row carries what a read of it shows besides its own columns: its category's and
-- publisher's names and its credited authors, so reading a book or a page of books is one
-- single-table statement instead of a five-table join (on MariaDB the join, its temporary table
-- and filesort were most of a list's cost). category, publisher, author and book_author stay
-- the truth; the adapter rewrites these copies in the transaction that changes what they copy
-- (services/catalog/src/infrastructure/adapter/db/books.rs, `refresh_views`).
--
-- credits: a JSON array of [author id, author name] pairs in credit order.
-- ix_book_created serves the default order (newest first) of a book page.
-- Kept in step with ../sqlite.

ALTER TABLE book
    ADD COLUMN category_name  VARCHAR(100) NOT NULL DEFAULT '',
    ADD COLUMN publisher_name VARCHAR(255) NOT NULL DEFAULT '',
    ADD COLUMN credits        TEXT         NULL,
    ADD INDEX ix_book_created (created_at, id);

SET SESSION group_concat_max_len = 1048576;

UPDATE book b SET
    category_name = (SELECT c.name FROM category c WHERE c.id = b.category_id),
    publisher_name = (SELECT p.name FROM publisher p WHERE p.id = b.publisher_id),
    credits = COALESCE(
        (SELECT CONCAT('[', GROUP_CONCAT(CONCAT('[', ba.author_id, ',', JSON_QUOTE(a.name), ']')
                                         ORDER BY ba.position SEPARATOR ','), ']')
         FROM book_author ba JOIN author a ON a.id = ba.author_id
         WHERE ba.book_id = b.id),
        '[]');
