package org.verbatim.archive;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Items handed from one thread (a crawl's fetching) to another (the ingest pipeline's feeding
 * loop), through a small bounded queue: the producer waits when the consumer is behind, so a
 * fast site never fills memory. Iterable once; its iterator blocks until the next item, or ends
 * after {@link #end}.
 */
final class Handoff<T> implements Iterable<T> {

  private static final Object END = new Object();

  private final BlockingQueue<Object> queue;

  Handoff(int capacity) {
    this.queue = new ArrayBlockingQueue<>(capacity);
  }

  /** Hands over {@code item}, waiting for room. */
  void put(T item) throws InterruptedException {
    queue.put(item);
  }

  /** Says that no more items come; the iterator ends once it has given what was handed over. */
  void end() throws InterruptedException {
    queue.put(END);
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private Object next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          try {
            next = queue.take();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for fetched pages", e);
          }
        }
        return next != END;
      }

      @Override
      @SuppressWarnings("unchecked")
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        T item = (T) next;
        next = null;
        return item;
      }
    };
  }
}
