/**
 * Where the data live: the external PostgreSQL given by {@code NKO_DB_URL}, or else an
 * embedded PostgreSQL under {@code nko.embedded-db.data-dir}, started in the background
 * while the application builds its context, so that {@code ./mvnw spring-boot:run} and
 * {@code ./mvnw verify} need nothing installed. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "База данных", allowedDependencies = {})
package ru.nko.platform.database;
