package org.verbatim.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store's database connections: any number of readers, taken from a pool and returned, and
 * one writer used by one thread at a time.
 *
 * <p>SQLite lets only one connection write at a time anyway; writing through one connection under
 * a lock keeps threads of this process from meeting "database is locked", while readers go on in
 * parallel (WAL mode). Another process is waited for by the driver's busy time-out. Thread-safe.
 */
final class Connections implements AutoCloseable {

  /** Work done on a connection. */
  @FunctionalInterface
  interface Work<T> {
    T on(Connection connection) throws SQLException;
  }

  private final String url;
  private final Properties properties;
  private final String where;
  private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
  private final List<Connection> all = new ArrayList<>();
  private final ReentrantLock writing = new ReentrantLock();
  private final Connection writer;
  private volatile boolean closed;

  Connections(String url, Properties properties, String where) {
    this.url = url;
    this.properties = properties;
    this.where = where;
    this.writer = open();
  }

  /** Runs {@code work} on a reader connection in auto-commit mode. */
  <T> T read(String what, Work<T> work) {
    Connection connection = borrow();
    try {
      return work.on(connection);
    } catch (SQLException e) {
      throw new StoreException("Could not " + what + " in " + where + ": " + e.getMessage(), e);
    } finally {
      idle.add(connection);
    }
  }

  /**
   * Runs {@code work} in one transaction on the writer: committed when it returns, rolled back
   * when it throws, so that either all of it is stored or none of it.
   */
  <T> T write(String what, Work<T> work) {
    writing.lock();
    try {
      checkOpen();
      try {
        writer.setAutoCommit(false);
        T result;
        try {
          result = work.on(writer);
          // Commits (JDBC: changing the auto-commit mode commits the transaction) without
          // opening the next one, as commit() would: SQLite's driver begins it at once, locking.
          writer.setAutoCommit(true);
        } catch (SQLException | RuntimeException e) {
          rollBack(e);
          throw e;
        }
        return result;
      } catch (SQLException e) {
        throw new StoreException("Could not " + what + " in " + where + ": " + e.getMessage(), e);
      }
    } finally {
      writing.unlock();
    }
  }

  /**
   * Undoes the writer's transaction after {@code failure}, the commit's own failure included, and
   * puts it back in auto-commit mode, so that nothing of this work joins the next transaction.
   */
  private void rollBack(Exception failure) {
    try {
      if (!writer.getAutoCommit()) {
        writer.rollback();
        writer.setAutoCommit(true);
      }
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private Connection borrow() {
    checkOpen();
    Connection connection = idle.poll();
    if (connection != null) {
      return connection;
    }
    return open();
  }

  private Connection open() {
    try {
      Connection connection = DriverManager.getConnection(url, properties);
      synchronized (all) {
        all.add(connection);
      }
      return connection;
    } catch (SQLException e) {
      throw new StoreException("Could not open " + where + ": " + e.getMessage(), e);
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("The store of " + where + " is closed");
    }
  }

  @Override
  public void close() {
    writing.lock();
    try {
      closed = true;
      StoreException failure = null;
      synchronized (all) {
        for (Connection connection : all) {
          try {
            connection.close();
          } catch (SQLException e) {
            if (failure == null) {
              failure = new StoreException("Could not close " + where + ": " + e.getMessage(), e);
            } else {
              failure.addSuppressed(e);
            }
          }
        }
        all.clear();
      }
      idle.clear();
      if (failure != null) {
        throw failure;
      }
    } finally {
      writing.unlock();
    }
  }
}
