package org.lookingbeyond.tabular;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The columns that no record type defines, kept so that writing the registry back writes them too: for
 * each file, the extra headers in their order, and for each record (by its key) the non-empty values.
 *
 * <p>A record's key is its id; a participation's is {@code organizationId@sessionId/KIND}; a network
 * membership's is {@code organizationId/networkId/since}.
 *
 * @since 0.1.0
 */
public final class UnknownColumns {
  private static final UnknownColumns NONE = new UnknownColumns(Map.of(), Map.of());

  private final Map<String, List<String>> headers;
  private final Map<String, Map<String, Map<String, String>>> values;

  UnknownColumns(Map<String, List<String>> headers, Map<String, Map<String, Map<String, String>>> values) {
    Map<String, List<String>> h = new TreeMap<>();
    headers.forEach((file, list) -> {
      if (!list.isEmpty()) {
        h.put(file, List.copyOf(list));
      }
    });
    Map<String, Map<String, Map<String, String>>> v = new TreeMap<>();
    values.forEach((file, byKey) -> {
      Map<String, Map<String, String>> copy = new TreeMap<>();
      byKey.forEach((key, cells) -> {
        if (!cells.isEmpty()) {
          copy.put(key, Collections.unmodifiableMap(new LinkedHashMap<>(cells)));
        }
      });
      if (!copy.isEmpty()) {
        v.put(file, Collections.unmodifiableMap(copy));
      }
    });
    this.headers = Collections.unmodifiableMap(h);
    this.values = Collections.unmodifiableMap(v);
  }

  /**
   * No unknown column.
   *
   * @return the empty instance
   * @since 0.1.0
   */
  public static UnknownColumns none() {
    return NONE;
  }

  /**
   * Whether no file had an unknown column.
   *
   * @return true when there is none
   * @since 0.1.0
   */
  public boolean isEmpty() {
    return headers.isEmpty();
  }

  /**
   * The files that had unknown columns.
   *
   * @return the file names, sorted
   * @since 0.1.0
   */
  public Set<String> files() {
    return headers.keySet();
  }

  /**
   * The unknown headers of one file, in the order of its columns.
   *
   * @param file the file name, such as {@code organizations.csv}
   * @return the headers, empty when the file had none
   * @since 0.1.0
   */
  public List<String> headers(String file) {
    return headers.getOrDefault(file, List.of());
  }

  /**
   * One record's values in the unknown columns of its file.
   *
   * @param file the file name
   * @param recordKey the record's key (see the class description)
   * @return the header to value map, empty when the record had none
   * @since 0.1.0
   */
  public Map<String, String> values(String file, String recordKey) {
    return values.getOrDefault(file, Map.of()).getOrDefault(recordKey, Map.of());
  }

  /**
   * Equal when the headers and the values are.
   *
   * @param o the other object
   * @return whether they are equal
   * @since 0.1.0
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof UnknownColumns u && headers.equals(u.headers) && values.equals(u.values);
  }

  /**
   * A hash of the headers and values.
   *
   * @return the hash
   * @since 0.1.0
   */
  @Override
  public int hashCode() {
    return Objects.hash(headers, values);
  }

  /**
   * The headers per file (not the values, which may be personal data).
   *
   * @return the text
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return "UnknownColumns" + headers;
  }
}
