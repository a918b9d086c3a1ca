package org.lookingbeyond.json.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lookingbeyond.geo.Grouping;
import org.lookingbeyond.geo.GroupingKind;
import org.lookingbeyond.model.FieldOffice;
import org.lookingbeyond.model.GoverningBody;
import org.lookingbeyond.model.Network;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.theme.Pillar;
import org.lookingbeyond.theme.ThematicArea;

/**
 * Writes a registry document: the format, the reference records the registry adds to or changes in the
 * base reference data, then the records, each list in the registry's stable order, and every unknown
 * member kept when the document was read.
 */
public final class RegistryWriter {
  private RegistryWriter() {}

  public static void write(Registry registry, Map<String, LinkedHashMap<String, Node>> unknown, ReferenceData base,
      Out out) {
    ReferenceData ref = registry.reference();
    out.startObject();
    out.string("format", RegistryReader.TYPE + "/" + RegistryReader.MAJOR);
    List<Pillar> pillars = added(ref.taxonomy().pillars(), base.taxonomy().pillars(), Pillar::id,
        out, "/reference/pillars/");
    List<ThematicArea> areas = added(ref.taxonomy().areas(), base.taxonomy().areas(), ThematicArea::id,
        out, "/reference/thematicAreas/");
    List<Grouping> groupings = added(withoutOfficeAreas(ref.geography().groupings()),
        withoutOfficeAreas(base.geography().groupings()), Grouping::id, out, "/reference/groupings/");
    List<GoverningBody> bodies = added(ref.governingBodies(), base.governingBodies(), GoverningBody::code,
        out, "/reference/governingBodies/");
    if (!pillars.isEmpty() || !areas.isEmpty() || !groupings.isEmpty() || !bodies.isEmpty()
        || out.hasUnknown("/reference")) {
      out.name("reference");
      out.startObject();
      array(out, "pillars", pillars, ReferenceCodecs::write);
      array(out, "thematicAreas", areas, ReferenceCodecs::write);
      array(out, "groupings", groupings, ReferenceCodecs::write);
      array(out, "governingBodies", bodies, ReferenceCodecs::write);
      out.endObject("/reference");
    }
    array(out, "networks", added(ref.networks(), base.networks(), Network::id, out, "/networks/"),
        ReferenceCodecs::write);
    array(out, "fieldOffices", added(ref.fieldOffices(), base.fieldOffices(), FieldOffice::id, out, "/fieldOffices/"),
        ReferenceCodecs::write);
    List<Session> real = ref.sessions().stream().filter(s -> !s.projected()).collect(Collectors.toList());
    List<Session> baseReal = base.sessions().stream().filter(s -> !s.projected()).collect(Collectors.toList());
    array(out, "sessions", added(real, baseReal, Session::id, out, "/sessions/"), ReferenceCodecs::write);
    array(out, "organizations", registry.organizations(), OrganizationCodec::write);
    array(out, "participations", registry.participations(), ActivityCodecs::write);
    array(out, "designations", registry.designations(), ActivityCodecs::write);
    array(out, "applications", registry.applications(), ActivityCodecs::write);
    array(out, "grants", registry.grants(), ActivityCodecs::write);
    array(out, "consultations", registry.consultations(), ActivityCodecs::write);
    out.endObject("");
  }

  private static List<Grouping> withoutOfficeAreas(List<Grouping> groupings) {
    return groupings.stream().filter(g -> g.kind() != GroupingKind.FIELD_OFFICE_AREA).collect(Collectors.toList());
  }

  /**
   * The records of {@code now} that the base lacks or holds differently, or that carry unknown members
   * to write back, in {@code now}'s order.
   */
  private static <T> List<T> added(List<T> now, List<T> base, Function<T, String> id, Out out, String anchor) {
    Map<String, T> before = base.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a));
    return now.stream().filter(t -> !Objects.equals(before.get(id.apply(t)), t)
        || out.hasUnknown(anchor + Node.escape(id.apply(t)))).collect(Collectors.toList());
  }

  private static <T> void array(Out out, String name, List<T> values, BiConsumer<T, Out> writer) {
    if (values.isEmpty()) {
      return;
    }
    out.name(name);
    out.generator().writeStartArray();
    values.forEach(v -> writer.accept(v, out));
    out.generator().writeEndArray();
  }
}
