-- One schema per service, each with two users (MySQL 8 / MariaDB 10.11):
--   <service>_migrate  owns the schema's DDL: the Deployments' `migrate` init container uses it
--                      (Secret <service>-database, key migrate-url);
--   <service>_app      reads and writes rows only: the server uses it (key url).
-- Passwords are never in this file: set them as session variables in the same session, e.g.
--   mysql -h HOST -u root -p -e "SET @catalog_migrate_password='...', @catalog_app_password='...', ...; SOURCE deploy/mysql/schemas.sql"
-- (deploy/README.md, "MySQL"). Running it again changes nothing but the passwords.


-- catalog
CREATE DATABASE IF NOT EXISTS `bookstore_catalog` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
SET @sql = CONCAT('CREATE USER IF NOT EXISTS ''catalog_migrate''@''%'' IDENTIFIED BY ', QUOTE(@catalog_migrate_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
SET @sql = CONCAT('ALTER USER ''catalog_migrate''@''%'' IDENTIFIED BY ', QUOTE(@catalog_migrate_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
SET @sql = CONCAT('CREATE USER IF NOT EXISTS ''catalog_app''@''%'' IDENTIFIED BY ', QUOTE(@catalog_app_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
SET @sql = CONCAT('ALTER USER ''catalog_app''@''%'' IDENTIFIED BY ', QUOTE(@catalog_app_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
GRANT ALL PRIVILEGES ON `bookstore_catalog`.* TO 'catalog_migrate'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON `bookstore_catalog`.* TO 'catalog_app'@'%';

-- customer
CREATE DATABASE IF NOT EXISTS `bookstore_customer` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
SET @sql = CONCAT('CREATE USER IF NOT EXISTS ''customer_migrate''@''%'' IDENTIFIED BY ', QUOTE(@customer_migrate_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
SET @sql = CONCAT('ALTER USER ''customer_migrate''@''%'' IDENTIFIED BY ', QUOTE(@customer_migrate_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
SET @sql = CONCAT('CREATE USER IF NOT EXISTS ''customer_app''@''%'' IDENTIFIED BY ', QUOTE(@customer_app_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
SET @sql = CONCAT('ALTER USER ''customer_app''@''%'' IDENTIFIED BY ', QUOTE(@customer_app_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
GRANT ALL PRIVILEGES ON `bookstore_customer`.* TO 'customer_migrate'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON `bookstore_customer`.* TO 'customer_app'@'%';

-- identity
CREATE DATABASE IF NOT EXISTS `bookstore_identity` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
SET @sql = CONCAT('CREATE USER IF NOT EXISTS ''identity_migrate''@''%'' IDENTIFIED BY ', QUOTE(@identity_migrate_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
SET @sql = CONCAT('ALTER USER ''identity_migrate''@''%'' IDENTIFIED BY ', QUOTE(@identity_migrate_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
SET @sql = CONCAT('CREATE USER IF NOT EXISTS ''identity_app''@''%'' IDENTIFIED BY ', QUOTE(@identity_app_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
SET @sql = CONCAT('ALTER USER ''identity_app''@''%'' IDENTIFIED BY ', QUOTE(@identity_app_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
GRANT ALL PRIVILEGES ON `bookstore_identity`.* TO 'identity_migrate'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON `bookstore_identity`.* TO 'identity_app'@'%';

-- inventory
CREATE DATABASE IF NOT EXISTS `bookstore_inventory` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
SET @sql = CONCAT('CREATE USER IF NOT EXISTS ''inventory_migrate''@''%'' IDENTIFIED BY ', QUOTE(@inventory_migrate_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
SET @sql = CONCAT('ALTER USER ''inventory_migrate''@''%'' IDENTIFIED BY ', QUOTE(@inventory_migrate_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
SET @sql = CONCAT('CREATE USER IF NOT EXISTS ''inventory_app''@''%'' IDENTIFIED BY ', QUOTE(@inventory_app_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
SET @sql = CONCAT('ALTER USER ''inventory_app''@''%'' IDENTIFIED BY ', QUOTE(@inventory_app_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
GRANT ALL PRIVILEGES ON `bookstore_inventory`.* TO 'inventory_migrate'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON `bookstore_inventory`.* TO 'inventory_app'@'%';

-- order
CREATE DATABASE IF NOT EXISTS `bookstore_order` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
SET @sql = CONCAT('CREATE USER IF NOT EXISTS ''order_migrate''@''%'' IDENTIFIED BY ', QUOTE(@order_migrate_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
SET @sql = CONCAT('ALTER USER ''order_migrate''@''%'' IDENTIFIED BY ', QUOTE(@order_migrate_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
SET @sql = CONCAT('CREATE USER IF NOT EXISTS ''order_app''@''%'' IDENTIFIED BY ', QUOTE(@order_app_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
SET @sql = CONCAT('ALTER USER ''order_app''@''%'' IDENTIFIED BY ', QUOTE(@order_app_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
GRANT ALL PRIVILEGES ON `bookstore_order`.* TO 'order_migrate'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON `bookstore_order`.* TO 'order_app'@'%';

-- payment
CREATE DATABASE IF NOT EXISTS `bookstore_payment` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
SET @sql = CONCAT('CREATE USER IF NOT EXISTS ''payment_migrate''@''%'' IDENTIFIED BY ', QUOTE(@payment_migrate_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
SET @sql = CONCAT('ALTER USER ''payment_migrate''@''%'' IDENTIFIED BY ', QUOTE(@payment_migrate_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
SET @sql = CONCAT('CREATE USER IF NOT EXISTS ''payment_app''@''%'' IDENTIFIED BY ', QUOTE(@payment_app_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
SET @sql = CONCAT('ALTER USER ''payment_app''@''%'' IDENTIFIED BY ', QUOTE(@payment_app_password));
PREPARE statement FROM @sql; EXECUTE statement; DEALLOCATE PREPARE statement;
GRANT ALL PRIVILEGES ON `bookstore_payment`.* TO 'payment_migrate'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON `bookstore_payment`.* TO 'payment_app'@'%';
