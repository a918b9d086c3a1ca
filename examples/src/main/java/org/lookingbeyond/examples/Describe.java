package org.lookingbeyond.examples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.geo.Geography;
import org.lookingbeyond.geo.Grouping;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.reference.ReferenceData;

/**
 * Small, deterministic text forms of model values for the examples, and the one rule that places a
 * session in time. Nothing here reads contact details: they are personal data and never printed.
 */
final class Describe {
  private Describe() {}

  /**
   * A region reference with its name, such as {@code "M49:014 Eastern Africa"}.
   *
   * @param ref the reference data
   * @param region the region
   * @return the text
   */
  static String region(ReferenceData ref, RegionRef region) {
    Geography geo = ref.geography();
    if (!geo.knows(region)) {
      return region + " (unknown)";
    }
    switch (region.scheme()) {
      case COUNTRY:
        return region + " " + geo.area(region.code()).name();
      case M49:
        return region + " " + geo.region(region.code()).name();
      default:
        return region + " " + geo.grouping(region.code()).name();
    }
  }

  /**
   * Reads a region given on the command line: a three-digit M49 code ({@code 014}), a grouping id in
   * any case ({@code rosa}), or the text form {@code SCHEME:code} ({@code M49:014}).
   *
   * @param geo the geography
   * @param text the text
   * @return the region, or empty if the geography knows no such region or grouping
   */
  static Optional<RegionRef> parseRegion(Geography geo, String text) {
    String t = text.strip();
    Optional<RegionRef> ref;
    if (t.matches("[0-9]{3}")) {
      ref = Optional.of(RegionRef.m49(t));
    } else if (t.contains(":")) {
      try {
        ref = Optional.of(RegionRef.parse(t));
      } catch (InvalidValueException e) {
        ref = Optional.empty();
      }
    } else {
      ref = geo.groupings().stream().map(Grouping::id).filter(id -> id.equalsIgnoreCase(t)).findFirst()
          .map(RegionRef::grouping);
    }
    return ref.filter(geo::knows);
  }

  /**
   * An ECOSOC status, such as {@code "SPECIAL since 2015"} or {@code "SPECIAL, SUSPENDED (2011)"}.
   *
   * @param org the organization
   * @return the text, or "-" for none
   */
  static String ecosoc(Organization org) {
    return org.ecosocStatus().map(Describe::ecosoc).orElse("-");
  }

  static String ecosoc(EcosocStatus s) {
    return s.isActive() ? s.category() + " since " + s.yearGranted()
        : s.category() + ", " + s.state() + " (" + s.yearGranted() + ")";
  }

  /**
   * The networks an organization belongs to on a day, such as {@code "ALLIANCE-CPCJ VNGOC"}.
   *
   * @param org the organization
   * @param asOf the day
   * @return the network ids, or "-"
   */
  static String networksOn(Organization org, LocalDate asOf) {
    String ids = org.networkMemberships().stream().filter(m -> m.activeOn(asOf)).map(m -> m.networkId())
        .distinct().sorted().collect(Collectors.joining(" "));
    return ids.isEmpty() ? "-" : ids;
  }

  /**
   * Joins values with a space, or "-" when there are none.
   *
   * @param values the values
   * @return the text
   */
  static String words(Collection<String> values) {
    return values.isEmpty() ? "-" : String.join(" ", values);
  }

  static String date(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("-");
  }

  /**
   * When a session is held, as far as the data knows: its dates, else its month, else its year.
   *
   * @param s the session
   * @return such as {@code "2024-03-14 .. 2024-03-22"}, {@code "2027-03 (no dates yet)"} or
   *     {@code "2026 (month not known)"}
   */
  static String when(Session s) {
    if (s.isDated()) {
      return s.start().orElseThrow() + " .. " + s.end().orElseThrow();
    }
    if (s.start().isPresent()) {
      return s.start().get() + " .. ?";
    }
    if (s.month().isPresent()) {
      return YearMonth.of(s.year(), s.month().get()) + (s.projected() ? " (no dates yet)" : " (dates not found)");
    }
    return s.year() + " (month not known)";
  }

  /**
   * The first day a session may start on, as far as the data knows: its start, else the first day of
   * its month, else the first day of its year. The examples place sessions in a period by this day.
   *
   * @param s the session
   * @return the day
   */
  static LocalDate earliestStart(Session s) {
    return s.start().orElseGet(() -> s.month().map(m -> LocalDate.of(s.year(), m, 1))
        .orElse(LocalDate.of(s.year(), 1, 1)));
  }

  /**
   * The sessions that start in a period (inclusive), in calendar order, by {@link #earliestStart}.
   *
   * @param sessions the sessions, in calendar order
   * @param from the first day, or empty for no limit
   * @param to the last day, or empty for no limit
   * @return the sessions in the period
   */
  static List<Session> startingIn(List<Session> sessions, Optional<LocalDate> from, Optional<LocalDate> to) {
    return sessions.stream()
        .filter(s -> from.map(f -> !earliestStart(s).isBefore(f)).orElse(true))
        .filter(s -> to.map(t -> !earliestStart(s).isAfter(t)).orElse(true))
        .collect(Collectors.toList());
  }

  /**
   * Notes on a session: projected from the body's cadence, reconvened or resumed.
   *
   * @param s the session
   * @return the notes, or ""
   */
  static String notes(Session s) {
    String notes = (s.projected() ? "(projected) " : "") + (s.reconvened() ? "reconvened/resumed" : "");
    return notes.strip();
  }

  static String upper(String text) {
    return text.strip().toUpperCase(Locale.ROOT);
  }
}
