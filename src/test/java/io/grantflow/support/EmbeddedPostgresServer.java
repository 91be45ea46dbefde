package io.grantflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;

/**
 * One real PostgreSQL server per JVM, started on first use and stopped when the JVM exits. Each test
 * (or benchmark) takes a database of its own from it, so tests never see each other's rows.
 */
public final class EmbeddedPostgresServer {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    /** A new, empty database on the shared server; returns its JDBC URL. */
    public static synchronized String newDatabase(String name) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet exists = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (exists.next()) {
                    s.execute("DROP DATABASE " + name + " WITH (FORCE)");
                }
            }
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return server().getJdbcUrl(USER, name);
    }

    /** Stops the server now, for a main program that must not wait for the JVM's exit. */
    public static synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                // Enough connections for two nodes with their pools, plus the test's own.
                server = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
            // Spring runs these after it has closed every application context, so no pool loses its server first.
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    stop();
                } catch (IOException ignored) {
                    // the JVM is going away; the data directory is temporary
                }
            });
        }
        return server;
    }
}
