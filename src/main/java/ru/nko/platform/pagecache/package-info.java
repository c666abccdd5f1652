/**
 * The short cache of the pages guests see
 * ({@link ru.nko.platform.pagecache.GuestPageCache}): a servlet filter and transaction
 * listener that depends on no other module; the system module registers it in front of
 * sessions and security.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Кэш страниц для гостей", allowedDependencies = {})
package ru.nko.platform.pagecache;
