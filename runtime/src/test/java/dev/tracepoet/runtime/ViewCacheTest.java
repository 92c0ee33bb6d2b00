package dev.tracepoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ViewCacheTest {
  private final AtomicInteger wraps = new AtomicInteger();
  private final ViewCache<Object, List<Object>> cache =
      new ViewCache<>(
          result -> {
            wraps.incrementAndGet();
            return List.of(result);
          });

  @Test
  void sameResultGivesTheSameViewAndWrapsOnce() {
    Object result = new Object();
    List<Object> first = cache.get(result);
    assertSame(first, cache.get(result));
    assertSame(result, first.get(0));
    assertEquals(1, wraps.get());
  }

  @Test
  void anotherResultIsWrappedAndReplacesTheSlot() {
    Object a = new Object();
    Object b = new Object();
    List<Object> viewOfA = cache.get(a);
    List<Object> viewOfB = cache.get(b);
    assertNotSame(viewOfA, viewOfB);
    assertSame(b, viewOfB.get(0));
    assertSame(viewOfB, cache.get(b));
    assertEquals(2, wraps.get());
  }

  @Test
  void identityNotEquality() {
    String a = new String("same");
    String b = new String("same");
    assertNotSame(cache.get(a), cache.get(b));
  }

  @Test
  void nullGivesNullWithoutWrapping() {
    assertNull(cache.get(null));
    assertEquals(0, wraps.get());
  }

  @Test
  void concurrentCallsWithOneResultShareOneView() throws InterruptedException {
    Object result = new Object();
    Set<List<Object>> views = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                for (int j = 0; j < 1000; j++) {
                  views.add(cache.get(result));
                }
              });
      thread.start();
      threads.add(thread);
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(1, views.size());
    assertEquals(1, wraps.get());
  }
}
