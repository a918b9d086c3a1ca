package org.lookingbeyond.json.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.lookingbeyond.geo.Grouping;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.json.JsonProblem.Code;
import org.lookingbeyond.model.Cadence;
import org.lookingbeyond.model.FieldOffice;
import org.lookingbeyond.model.FieldOfficeKind;
import org.lookingbeyond.model.GoverningBody;
import org.lookingbeyond.model.Network;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.theme.Pillar;
import org.lookingbeyond.theme.ThematicArea;

/** Reads and writes the reference records a registry document may add: networks, offices, sessions and more. */
public final class ReferenceCodecs {
  private ReferenceCodecs() {}

  public static Optional<Network> readNetwork(Node node, ReadContext ctx) {
    return Fields.of(node, ctx, ActivityCodecs.anchorOf("networks", node, "id"), "a network").flatMap(f -> {
      Optional<String> id = f.requiredString("id");
      Optional<String> name = f.requiredString("name");
      var b = Network.builder().acronym(f.string("acronym")).focus(f.strings("focus")).website(f.string("website"));
      return f.build(() -> b.id(id.orElseThrow()).name(name.orElseThrow()).build());
    });
  }

  public static void write(Network n, Out out) {
    out.startObject();
    out.string("id", n.id());
    out.string("name", n.name());
    out.string("acronym", n.acronym());
    out.strings("focus", n.focus());
    out.string("website", n.website());
    out.endObject("/networks/" + Node.escape(n.id()));
  }

  public static Optional<FieldOffice> readFieldOffice(Node node, ReadContext ctx) {
    return Fields.of(node, ctx, ActivityCodecs.anchorOf("fieldOffices", node, "id"), "a field office").flatMap(f -> {
      Optional<String> id = f.requiredString("id");
      Optional<String> name = f.requiredString("name");
      Optional<String> city = f.requiredString("seatCity");
      Optional<String> country = f.requiredString("seatCountry");
      Optional<FieldOfficeKind> kind = f.requiredEnum("kind", FieldOfficeKind.class);
      var b = FieldOffice.builder().code(f.string("code")).coveredCountries(f.strings("coveredCountries"))
          .asOf(f.string("asOf")).source(f.string("source"));
      return f.build(() -> b.id(id.orElseThrow()).name(name.orElseThrow()).seatCity(city.orElseThrow())
          .seatCountry(country.orElseThrow()).kind(kind.orElseThrow()).build());
    });
  }

  public static void write(FieldOffice o, Out out) {
    out.startObject();
    out.string("id", o.id());
    out.string("code", o.code());
    out.string("name", o.name());
    out.string("seatCity", o.seatCity());
    out.string("seatCountry", o.seatCountry());
    out.enumValue("kind", o.kind());
    out.strings("coveredCountries", o.coveredCountries());
    out.string("asOf", o.asOf());
    out.string("source", o.source());
    out.endObject("/fieldOffices/" + Node.escape(o.id()));
  }

  public static Optional<Session> readSession(Node node, ReadContext ctx) {
    return Fields.of(node, ctx, ActivityCodecs.anchorOf("sessions", node, "id"), "a session").flatMap(f -> {
      Optional<String> id = f.requiredString("id");
      Optional<String> body = f.requiredString("bodyCode");
      Optional<Integer> number = f.requiredInteger("number");
      Optional<String> title = f.requiredString("title");
      Optional<Integer> year = f.requiredInteger("year");
      Optional<Month> month = month(f, "month");
      Optional<LocalDate> start = f.date("start");
      Optional<LocalDate> end = f.date("end");
      var b = Session.builder().month(month).start(start).end(end).venue(f.string("venue")).source(f.string("source"));
      f.bool("reconvened").ifPresent(b::reconvened);
      return f.build(() -> b.id(id.orElseThrow()).bodyCode(body.orElseThrow()).number(number.orElseThrow())
          .title(title.orElseThrow()).year(year.orElseThrow()).build());
    });
  }

  private static Optional<Month> month(Fields f, String name) {
    Optional<Integer> n = f.integer(name);
    if (n.isPresent() && (n.get() < 1 || n.get() > 12)) {
      f.context().problems().add(Code.INVALID_VALUE, f.member(name).orElseThrow(),
          "\"" + name + "\" must be a month number from 1 to 12, not " + n.get());
      return Optional.empty();
    }
    return n.map(Month::of);
  }

  public static void write(Session s, Out out) {
    out.startObject();
    out.string("id", s.id());
    out.string("bodyCode", s.bodyCode());
    out.number("number", s.number());
    out.string("title", s.title());
    out.number("year", s.year());
    s.month().ifPresent(m -> out.number("month", m.getValue()));
    out.date("start", s.start());
    out.date("end", s.end());
    out.string("venue", s.venue());
    if (s.reconvened()) {
      out.bool("reconvened", true);
    }
    out.string("source", s.source());
    out.endObject("/sessions/" + Node.escape(s.id()));
  }

  public static Optional<Pillar> readPillar(Node node, ReadContext ctx) {
    return Fields.of(node, ctx, ActivityCodecs.anchorOf("reference/pillars", node, "id"), "a pillar").flatMap(f -> {
      Optional<String> id = f.requiredString("id");
      Optional<String> name = f.requiredString("name");
      return f.build(() -> Pillar.of(id.orElseThrow(), name.orElseThrow()));
    });
  }

  public static void write(Pillar p, Out out) {
    out.startObject();
    out.string("id", p.id());
    out.string("name", p.name());
    out.endObject("/reference/pillars/" + Node.escape(p.id()));
  }

  public static Optional<ThematicArea> readArea(Node node, ReadContext ctx) {
    return Fields.of(node, ctx, ActivityCodecs.anchorOf("reference/thematicAreas", node, "id"), "a thematic area")
        .flatMap(f -> {
          Optional<String> id = f.requiredString("id");
          Optional<String> name = f.requiredString("name");
          Optional<String> pillar = f.requiredString("pillarId");
          return f.build(() -> ThematicArea.of(id.orElseThrow(), name.orElseThrow(), pillar.orElseThrow()));
        });
  }

  public static void write(ThematicArea a, Out out) {
    out.startObject();
    out.string("id", a.id());
    out.string("name", a.name());
    out.string("pillarId", a.pillarId());
    out.endObject("/reference/thematicAreas/" + Node.escape(a.id()));
  }

  public static Optional<Grouping> readGrouping(Node node, ReadContext ctx) {
    return Fields.of(node, ctx, ActivityCodecs.anchorOf("reference/groupings", node, "id"), "a grouping")
        .flatMap(f -> {
          Optional<String> id = f.requiredString("id");
          Optional<String> name = f.requiredString("name");
          Optional<GroupingKind> kind = f.enumValue("kind", GroupingKind.class);
          if (kind.filter(k -> k == GroupingKind.FIELD_OFFICE_AREA).isPresent()) {
            f.context().problems().add(Code.INVALID_VALUE, f.member("kind").orElseThrow(),
                "a field office area comes from \"fieldOffices\", not from \"groupings\"");
          }
          var b = Grouping.builder().members(f.strings("members")).source(f.string("source"));
          return f.build(() -> b.id(id.orElseThrow()).name(name.orElseThrow())
              .kind(kind.orElse(GroupingKind.CUSTOM)).build());
        });
  }

  public static void write(Grouping g, Out out) {
    out.startObject();
    out.string("id", g.id());
    out.string("name", g.name());
    out.enumValue("kind", g.kind());
    out.strings("members", g.members());
    out.string("source", g.source());
    out.endObject("/reference/groupings/" + Node.escape(g.id()));
  }

  public static Optional<GoverningBody> readBody(Node node, ReadContext ctx) {
    return Fields.of(node, ctx, ActivityCodecs.anchorOf("reference/governingBodies", node, "code"),
        "a governing body").flatMap(f -> {
          Optional<String> code = f.requiredString("code");
          Optional<String> name = f.requiredString("name");
          Optional<Cadence> cadence = f.member("cadence").flatMap(n -> cadence(n, f));
          var b = GoverningBody.builder().mandate(f.strings("mandate")).cadence(cadence);
          return f.build(() -> b.code(code.orElseThrow()).name(name.orElseThrow()).build());
        });
  }

  private static Optional<Cadence> cadence(Node n, Fields parent) {
    return Fields.of(n, parent.context(), parent.anchor() + "/cadence", "\"cadence\"").flatMap(f -> {
      Optional<Integer> interval = f.requiredInteger("intervalYears");
      Optional<Month> month = month(f, "month");
      if (f.member("month").isEmpty()) {
        f.required("month");
      }
      Optional<Cadence.YearParity> parity = f.enumValue("yearParity", Cadence.YearParity.class);
      Optional<Month> reconvened = month(f, "reconvenedMonth");
      return f.build(() -> Cadence.builder().intervalYears(interval.orElseThrow()).month(month.orElseThrow())
          .yearParity(parity.orElse(Cadence.YearParity.ANY)).reconvenedMonth(reconvened).build());
    });
  }

  public static void write(GoverningBody b, Out out) {
    String anchor = "/reference/governingBodies/" + Node.escape(b.code());
    out.startObject();
    out.string("code", b.code());
    out.string("name", b.name());
    out.strings("mandate", b.mandate());
    b.cadence().ifPresent(c -> {
      out.name("cadence");
      out.startObject();
      out.number("intervalYears", c.intervalYears());
      out.number("month", c.month().getValue());
      out.enumValue("yearParity", c.yearParity());
      c.reconvenedMonth().ifPresent(m -> out.number("reconvenedMonth", m.getValue()));
      out.endObject(anchor + "/cadence");
    });
    out.endObject(anchor);
  }
}
