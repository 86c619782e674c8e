package org.verbatim.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store's database connections: at most {@link Pool#readers()} readers, taken from a pool and
 * returned, and one writer used by one thread at a time. A reader wanted while all are in use is
 * waited for, {@link Pool#waitFor()} at most, then refused with a {@link StoreException}: a burst of
 * requests cannot open more connections than a PostgreSQL server's {@code max_connections} allows
 * for this process.
 *
 * <p>SQLite lets only one connection write at a time anyway; writing through one connection under
 * a lock keeps threads of this process from meeting "database is locked", while readers go on in
 * parallel (WAL mode). Another process is waited for by the driver's busy time-out.
 *
 * <p>A PostgreSQL server may go away (a restart, a failover, a network cut) while the store is
 * open. When a connection is lost, the work is run again from its start on a new connection,
 * after a pause that grows from 0.1 s to 2 s, for at most {@code reconnectFor} in all; a write is
 * one transaction, so a lost one left nothing and its work can be redone (work must therefore
 * decide from what it reads inside the transaction, as {@link Puts} does). After that the work
 * fails with a {@link StoreException} saying the connection was lost. Thread-safe.
 */
final class Connections implements AutoCloseable {

  /** Work done on a connection; it may be run more than once when a connection is lost. */
  @FunctionalInterface
  interface Work<T> {
    T on(Connection connection) throws SQLException;
  }

  /** The databases the store knows: what differs between them is decided here and in Puts. */
  enum Vendor { SQLITE, POSTGRESQL }

  private static final long FIRST_PAUSE_MILLIS = 100;
  private static final long LONGEST_PAUSE_MILLIS = 2_000;

  private final String url;
  private final String shownUrl;
  private final Properties properties;
  private final String where;
  private final Vendor vendor;
  private final Duration reconnectFor;
  private final Pool pool;
  private final Semaphore readers;
  private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
  private final List<Connection> all = new ArrayList<>();
  private final ReentrantLock writing = new ReentrantLock();
  private Connection writer;
  private volatile boolean closed;

  Connections(String url, String shownUrl, Properties properties, String where, Vendor vendor,
      Duration reconnectFor, Pool pool) {
    this.url = url;
    this.shownUrl = shownUrl;
    this.properties = properties;
    this.where = where;
    this.vendor = vendor;
    this.reconnectFor = reconnectFor;
    this.pool = pool;
    this.readers = new Semaphore(pool.readers(), true);
    this.writer = open();
  }

  Vendor vendor() {
    return vendor;
  }

  /** Runs {@code work} on a reader connection in auto-commit mode. */
  <T> T read(String what, Work<T> work) {
    acquireReader(what);
    try {
      return readOnce(what, work);
    } finally {
      readers.release();
    }
  }

  private void acquireReader(String what) {
    try {
      if (!readers.tryAcquire(pool.waitFor().toMillis(), TimeUnit.MILLISECONDS)) {
        throw new StoreException("Could not " + what + " in " + where + ": all "
            + pool.readers() + " reading connections stayed in use for "
            + pool.waitFor().toMillis() + " ms (store.max-connections)");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("Interrupted while waiting for a connection to " + where
          + " to " + what, e);
    }
  }

  private <T> T readOnce(String what, Work<T> work) {
    long deadline = System.nanoTime() + reconnectFor.toNanos();
    for (int attempt = 0; ; attempt++) {
      Connection connection = null;
      boolean broken = false;
      try {
        connection = borrow();
        return work.on(connection);
      } catch (SQLException e) {
        if (!lost(e, connection)) {
          throw failure(what, e);
        }
        broken = true;
        discard(connection);
        pauseOrGiveUp(what, e, attempt, deadline);
      } finally {
        if (connection != null && !broken) {
          idle.add(connection);
        }
      }
    }
  }

  /**
   * Runs {@code work} in one transaction on the writer: committed when it returns, rolled back
   * when it throws, so that either all of it is stored or none of it.
   */
  <T> T write(String what, Work<T> work) {
    writing.lock();
    try {
      long deadline = System.nanoTime() + reconnectFor.toNanos();
      for (int attempt = 0; ; attempt++) {
        checkOpen();
        try {
          if (writer == null) {
            writer = connect();
          }
          return transaction(writer, work);
        } catch (SQLException e) {
          if (!lost(e, writer)) {
            throw failure(what, e);
          }
          discard(writer);
          writer = null;
          pauseOrGiveUp(what, e, attempt, deadline);
        }
      }
    } finally {
      writing.unlock();
    }
  }

  private static <T> T transaction(Connection connection, Work<T> work) throws SQLException {
    connection.setAutoCommit(false);
    T result;
    try {
      result = work.on(connection);
      // Commits (JDBC: changing the auto-commit mode commits the transaction) without opening
      // the next one, as commit() would: SQLite's driver begins it at once, locking.
      connection.setAutoCommit(true);
    } catch (SQLException | RuntimeException e) {
      rollBack(connection, e);
      throw e;
    }
    return result;
  }

  /**
   * Undoes the transaction on {@code connection} after {@code failure}, the commit's own failure
   * included, and puts it back in auto-commit mode, so that nothing of this work joins the next
   * transaction. On a lost connection there is nothing to undo: the server dropped it.
   */
  private static void rollBack(Connection connection, Exception failure) {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Whether {@code e} means the connection to the server is gone rather than that the work was
   * refused: SQL states of class 08 (connection exception), 57P01-57P03 (the server is shutting
   * down, crashed or starting), or a connection that no longer answers. Never for SQLite, whose
   * database is a file this process opens itself.
   */
  private boolean lost(SQLException e, Connection connection) {
    if (vendor != Vendor.POSTGRESQL) {
      return false;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
            || state.equals("57P03")) {
          return true;
        }
      }
    }
    try {
      return connection != null && !connection.isValid(2);
    } catch (SQLException notValid) {
      e.addSuppressed(notValid);
      return true;
    }
  }

  /** Sleeps before the next attempt, or fails when the time for reconnecting is spent. */
  private void pauseOrGiveUp(String what, SQLException e, int attempt, long deadline) {
    long pause = Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(attempt, 10));
    if (System.nanoTime() + pause * 1_000_000 > deadline) {
      throw new StoreException("Could not " + what + " in " + where + ": the connection to the"
          + " database was lost and could not be made again within " + reconnectFor.toSeconds()
          + " s (" + attempt + " retries): " + message(e), e);
    }
    try {
      Thread.sleep(pause);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      StoreException failure = new StoreException("Interrupted while waiting to reconnect to "
          + where + " to " + what, interrupted);
      failure.addSuppressed(e);
      throw failure;
    }
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException("Could not " + what + " in " + where + ": " + message(e), e);
  }

  /** The driver's message, with the URL as shown (without its parameters, which may hold secrets). */
  String message(SQLException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    return url.equals(shownUrl) ? message : message.replace(url, shownUrl);
  }

  private Connection borrow() throws SQLException {
    checkOpen();
    Connection connection = idle.poll();
    return connection != null ? connection : connect();
  }

  private Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection(url, properties);
    synchronized (all) {
      all.add(connection);
    }
    return connection;
  }

  /** The first connection, on open: no retry, a server that is not there is said at once. */
  private Connection open() {
    try {
      return connect();
    } catch (SQLException e) {
      if (vendor == Vendor.POSTGRESQL && !accepted(url)) {
        // The driver declines a URL it cannot parse, and DriverManager then says "No suitable
        // driver", which sends one looking for a missing jar.
        throw new StoreException("Could not open " + where + ": PostgreSQL's driver cannot read"
            + " this URL; write jdbc:postgresql://HOST[:PORT]/DATABASE", e);
      }
      throw new StoreException("Could not open " + where + ": " + message(e), e);
    }
  }

  private static boolean accepted(String url) {
    try {
      return DriverManager.getDriver(url) != null;
    } catch (SQLException none) {
      return false;
    }
  }

  private void discard(Connection connection) {
    if (connection == null) {
      return;
    }
    synchronized (all) {
      all.remove(connection);
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // The connection is already broken; closing it only frees what the driver holds.
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
      writer = null;
      if (failure != null) {
        throw failure;
      }
    } finally {
      writing.unlock();
    }
  }
}
