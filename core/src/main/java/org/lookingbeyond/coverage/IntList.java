package org.lookingbeyond.coverage;

import java.util.Arrays;

/** A growable list of ints: cell members without boxing, since cells hold organizations x countries x areas entries. */
final class IntList {
  private int[] items = new int[4];
  private int size;

  void add(int value) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = value;
  }

  int size() {
    return size;
  }

  int get(int i) {
    return items[i];
  }

  /** Whether a value is present; the list must be in ascending order, as cell members are. */
  boolean containsSorted(int value) {
    return Arrays.binarySearch(items, 0, size, value) >= 0;
  }
}
