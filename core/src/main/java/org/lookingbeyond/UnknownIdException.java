package org.lookingbeyond;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Thrown when a look-up names an id that the reference data or the registry does not know: a thematic
 * area, a network, a session, a governing body, an organization, a rule or parameter of a policy, a row
 * or column of a report. The message names the kind of id, the id as given, and some of the ids that
 * are known, nearest first:
 * {@code unknown thematic area 'drugs'; 11 are known, such as 'drug-prevention', 'drug-treatment', ...}.
 *
 * <p>A known id with nothing to show returns an empty list, never this exception. Where an absent id is
 * an expected answer, the look-up has a {@code find...} twin that returns an {@link Optional} instead.
 *
 * @since 0.1.0
 */
public class UnknownIdException extends LookingBeyondException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_ECHO = 40;
  private static final int SUGGESTIONS = 3;
  private static final int MAX_RANKED = 10_000;

  /** The kind of id, such as {@code "thematic area"}. */
  private final String kind;

  /** The id as given. */
  private final String id;

  /** The one problem. */
  private final transient List<ValueProblem> problems;

  /**
   * Creates the exception.
   *
   * @param kind the kind of id, such as {@code "thematic area"}
   * @param id the id as given
   * @param hint what ids are accepted, such as {@code "11 are known, such as 'drug-prevention'"}
   * @since 0.1.0
   */
  public UnknownIdException(String kind, String id, String hint) {
    super("unknown " + kind + " '" + excerpt(id) + "'; " + hint);
    this.kind = kind;
    this.id = id;
    this.problems = List.of(new ValueProblem(ValueProblem.Code.UNKNOWN_ID, kind, Optional.of(excerpt(id)),
        Optional.empty(), getMessage()));
  }

  /**
   * Creates the exception, naming some of the known ids, nearest to the given one first.
   *
   * @param kind the kind of id, such as {@code "network"}
   * @param id the id as given
   * @param known the ids that are known
   * @return the exception
   * @since 0.1.0
   */
  public static UnknownIdException of(String kind, String id, Collection<String> known) {
    return new UnknownIdException(kind, id, knownHint(id, known));
  }

  /**
   * Says how many ids are known and names up to three of them, those nearest to the given id first
   * (by common prefix, then by edit distance): {@code "11 are known, such as 'a', 'b', 'c'"}.
   *
   * @param id the id as given
   * @param known the ids that are known
   * @return the hint
   * @since 0.1.0
   */
  protected static String knownHint(String id, Collection<String> known) {
    if (known.isEmpty()) {
      return "none is known";
    }
    String given = id.toLowerCase(Locale.ROOT);
    List<String> candidates = new ArrayList<>(known);
    Comparator<String> order = Comparator.comparingInt((String k) -> -commonPrefix(given, k.toLowerCase(Locale.ROOT)));
    if (candidates.size() <= MAX_RANKED) {
      order = order.thenComparingInt(k -> distance(given, k.toLowerCase(Locale.ROOT)));
    }
    candidates.sort(order.thenComparing(Comparator.naturalOrder()));
    String named = candidates.stream().limit(SUGGESTIONS).map(k -> "'" + excerpt(k) + "'")
        .collect(Collectors.joining(", "));
    return known.size() == 1 ? "1 is known: " + named
        : known.size() + " are known, such as " + named + (known.size() > SUGGESTIONS ? ", ..." : "");
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  /** Levenshtein distance, on at most the first 64 characters of each. */
  private static int distance(String a, String b) {
    String s = a.length() > 64 ? a.substring(0, 64) : a;
    String t = b.length() > 64 ? b.substring(0, 64) : b;
    int[] previous = new int[t.length() + 1];
    int[] current = new int[t.length() + 1];
    for (int j = 0; j <= t.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= s.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= t.length(); j++) {
        int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[t.length()];
  }

  /** The id as a message may echo it: control characters escaped, at most 40 characters. */
  static String excerpt(String value) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (; i < value.length() && sb.length() < MAX_ECHO; i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return i < value.length() ? sb + "..." : sb.toString();
  }

  /**
   * The kind of id, such as {@code "thematic area"}.
   *
   * @return the kind
   * @since 0.1.0
   */
  public String kind() {
    return kind;
  }

  /**
   * The id as given.
   *
   * @return the id
   * @since 0.1.0
   */
  public String id() {
    return id;
  }

  /**
   * The one problem: code {@link ValueProblem.Code#UNKNOWN_ID}, type the kind of id, id the id as given
   * (as an excerpt).
   *
   * @return the problem, in a list of one
   * @since 0.1.0
   */
  @Override
  public List<ValueProblem> problems() {
    return problems;
  }
}
