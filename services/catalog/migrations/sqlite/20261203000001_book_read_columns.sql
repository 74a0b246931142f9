-- A book row carries what a read of it shows besides its own columns: its category's and
-- publisher's names and its credited authors, so reading a book or a page of books is one
-- single-table statement instead of a five-table join. category, publisher, author and
-- book_author stay the truth; the adapter rewrites these copies in the transaction that changes
-- what they copy (services/catalog/src/infrastructure/adapter/db/books.rs, `refresh_views`).
--
-- credits: a JSON array of [author id, author name] pairs in credit order.
-- ix_book_created serves the default order (newest first) of a book page.
-- Kept in step with ../mysql.

ALTER TABLE book ADD COLUMN category_name TEXT NOT NULL DEFAULT '';
ALTER TABLE book ADD COLUMN publisher_name TEXT NOT NULL DEFAULT '';
ALTER TABLE book ADD COLUMN credits TEXT;
CREATE INDEX ix_book_created ON book (created_at, id);

UPDATE book SET
    category_name = (SELECT c.name FROM category c WHERE c.id = book.category_id),
    publisher_name = (SELECT p.name FROM publisher p WHERE p.id = book.publisher_id),
    credits = COALESCE(
        (SELECT '[' || group_concat('[' || author_id || ',' || json_quote(name) || ']', ',') || ']'
         FROM (SELECT ba.author_id, a.name FROM book_author ba JOIN author a ON a.id = ba.author_id
               WHERE ba.book_id = book.id ORDER BY ba.position)),
        '[]');
