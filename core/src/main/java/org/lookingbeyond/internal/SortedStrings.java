package org.lookingbeyond.internal;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A sorted, unmodifiable copy of a set of strings, recognizable as such: a value type whose optional
 * set attribute must not share a caller's mutable set copies it once with {@link #freeze} and, on the
 * next check, sees with {@link #isFrozen} that it need not copy again.
 *
 * @since 0.1.0
 */
public final class SortedStrings extends AbstractSet<String> implements SortedSet<String> {
  private final SortedSet<String> view;

  private SortedStrings(Collection<String> source) {
    this.view = Collections.unmodifiableSortedSet(new TreeSet<>(source));
  }

  /**
   * Returns a sorted (natural order), unmodifiable copy of the strings, or the set itself if it is
   * already one.
   *
   * @param source the strings
   * @return the frozen set
   * @throws NullPointerException if an element is null
   * @since 0.1.0
   */
  public static Set<String> freeze(Collection<String> source) {
    return isFrozen(source) ? (SortedStrings) source : new SortedStrings(source);
  }

  /**
   * Whether a collection is a set made by {@link #freeze}.
   *
   * @param collection the collection
   * @return true if it is sorted and unmodifiable already
   * @since 0.1.0
   */
  public static boolean isFrozen(Collection<?> collection) {
    return collection instanceof SortedStrings;
  }

  @Override
  public Iterator<String> iterator() {
    return view.iterator();
  }

  @Override
  public int size() {
    return view.size();
  }

  @Override
  public boolean contains(Object o) {
    return view.contains(o);
  }

  @Override
  public @Nullable Comparator<? super String> comparator() {
    return null;
  }

  @Override
  public SortedSet<String> subSet(String fromElement, String toElement) {
    return view.subSet(fromElement, toElement);
  }

  @Override
  public SortedSet<String> headSet(String toElement) {
    return view.headSet(toElement);
  }

  @Override
  public SortedSet<String> tailSet(String fromElement) {
    return view.tailSet(fromElement);
  }

  @Override
  public String first() {
    return view.first();
  }

  @Override
  public String last() {
    return view.last();
  }
}
