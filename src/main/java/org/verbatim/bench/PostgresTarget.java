package org.verbatim.bench;

/** Where the PostgreSQL full-text tables live: a JDBC URL with its user and password. */
public record PostgresTarget(String url, String user, String password) {}
