package org.lookingbeyond.tabular.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lookingbeyond.geo.Area;
import org.lookingbeyond.geo.Geography;

/**
 * Country codes and names to ISO alpha-2 codes: "KE", "ke", "KEN", "404" and "Kenya" all name Kenya. A
 * name two areas share is not accepted.
 */
final class Countries {
  private final Map<String, String> byKey = new HashMap<>();

  Countries(Geography geography) {
    Set<String> ambiguous = new HashSet<>();
    for (Area a : geography.areas()) {
      byKey.put(a.alpha2(), a.alpha2());
      byKey.put(a.alpha3(), a.alpha2());
      byKey.put(a.numeric(), a.alpha2());
      String name = nameKey(a.name());
      String previous = byKey.putIfAbsent(name, a.alpha2());
      if (previous != null && !previous.equals(a.alpha2())) {
        ambiguous.add(name);
      }
    }
    ambiguous.forEach(byKey::remove);
  }

  /** The alpha-2 code a code or name stands for. */
  Optional<String> resolve(String text) {
    String t = text.strip();
    String code = byKey.get(t.toUpperCase(Locale.ROOT));
    return code != null ? Optional.of(code) : Optional.ofNullable(byKey.get(nameKey(t)));
  }

  private static String nameKey(String name) {
    return "name:" + name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
