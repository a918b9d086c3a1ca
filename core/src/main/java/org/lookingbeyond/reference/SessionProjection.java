package org.lookingbeyond.reference;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lookingbeyond.model.Cadence;
import org.lookingbeyond.model.GoverningBody;
import org.lookingbeyond.model.Session;

/**
 * Projects the future sessions of bodies with a cadence: from the body's latest real regular session up
 * to the projection start, every interval years in the cadence's month, up to a last year; and a
 * reconvened part of each regular session where the cadence has a reconvened month. Only months after the projection's start are
 * projected, and never a session whose id a real session already has. Projected sessions carry a year
 * and a month, no dates.
 */
final class SessionProjection {
  private final LocalDate from;
  private final int throughYear;

  SessionProjection(LocalDate from, int throughYear) {
    this.from = from;
    this.throughYear = throughYear;
  }

  List<Session> project(Collection<GoverningBody> bodies, Collection<Session> real) {
    Set<String> realIds = real.stream().map(Session::id).collect(Collectors.toSet());
    Map<String, List<Session>> byBody = real.stream().collect(Collectors.groupingBy(Session::bodyCode));
    YearMonth after = YearMonth.from(from);
    List<Session> projected = new ArrayList<>();
    for (GoverningBody body : bodies) {
      Optional<Cadence> cadence = body.cadence();
      // Number from the latest real regular session up to the projection start, so that a real session
      // announced for a later year replaces only the projected session with its id.
      List<Session> regular = byBody.getOrDefault(body.code(), List.of()).stream().filter(s -> !s.reconvened())
          .collect(Collectors.toList());
      Comparator<Session> order = Comparator.comparingInt(Session::year).thenComparingInt(Session::number);
      Optional<Session> last = regular.stream().filter(s -> s.year() <= from.getYear()).max(order)
          .or(() -> regular.stream().min(order));
      if (cadence.isEmpty() || last.isEmpty()) {
        continue;
      }
      Cadence c = cadence.get();
      Session base = last.get();
      Function<Integer, Integer> numberIn = year -> base.number() + (year - base.year()) / c.intervalYears();
      for (int year = base.year(); year <= throughYear; year += c.intervalYears()) {
        int number = numberIn.apply(year);
        String id = body.code() + "-" + number;
        if (year > base.year() && c.yearParity().admits(year) && YearMonth.of(year, c.month()).isAfter(after)
            && !realIds.contains(id)) {
          projected.add(session(body, id, number, year, c.month(), false));
        }
        if (c.reconvenedMonth().isPresent() && c.yearParity().admits(year)) {
          String rid = id + "-R1";
          boolean hasReconvened = realIds.stream().anyMatch(r -> r.startsWith(id + "-R"));
          if (!hasReconvened && YearMonth.of(year, c.reconvenedMonth().get()).isAfter(after)) {
            projected.add(session(body, rid, number, year, c.reconvenedMonth().get(), true));
          }
        }
      }
    }
    return projected;
  }

  private static Session session(GoverningBody body, String id, int number, int year, java.time.Month month,
      boolean reconvened) {
    String title = (reconvened ? "Reconvened " : "") + ordinal(number) + " session of the " + body.name()
        + " (projected from the body's cadence; dates not yet announced)";
    return Session.builder().id(id).bodyCode(body.code()).number(number).title(title).year(year).month(month)
        .reconvened(reconvened).projected(true).build();
  }

  static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
        : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }
}
