package org.lookingbeyond.json.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.classify.ClassificationFacts;
import org.lookingbeyond.classify.ClassificationPolicy;
import org.lookingbeyond.classify.ClassificationSettings;
import org.lookingbeyond.classify.EngagementRule;
import org.lookingbeyond.json.JsonProblem.Code;
import org.lookingbeyond.model.FieldOfficeKind;
import org.lookingbeyond.rules.FactSchema;
import org.lookingbeyond.rules.Policy;

/**
 * Reads and writes a classification policy document: id, version, period, description, the settings
 * and the four rule policies (each a policy document's members without {@code "format"}).
 *
 * <p>Anchors of unknown members: the document {@code ""}; {@code /settings} and
 * {@code /settings/engagementRule}; a part {@code /attributes}, {@code /power}, {@code /interest},
 * {@code /rloCandidacy}, with its parameters and rules below it as in a policy document.
 */
public final class ClassificationPolicyCodec {
  public static final String TYPE = "lookingbeyond.classification-policy";
  public static final int MAJOR = 1;
  private static final List<String> PARTS = List.of("attributes", "power", "interest", "rloCandidacy");

  private ClassificationPolicyCodec() {}

  public static Optional<ClassificationPolicy> read(Node root, ReadContext ctx, Map<String, FactSchema> schemas) {
    Optional<Fields> of = ReportCodecs.open(root, ctx, TYPE, "a classification policy document");
    if (of.isEmpty()) {
      return Optional.empty();
    }
    Fields f = of.get();
    Map<String, FactSchema> known = new TreeMap<>(schemas);
    known.putIfAbsent(ClassificationFacts.STAKEHOLDER.name(), ClassificationFacts.STAKEHOLDER);
    known.putIfAbsent(ClassificationFacts.RLO_CANDIDACY.name(), ClassificationFacts.RLO_CANDIDACY);
    Optional<String> id = f.requiredString("id");
    Optional<String> version = f.requiredString("version");
    Optional<String> description = f.string("description");
    Optional<LocalDate> from = f.date("effectiveFrom");
    Optional<LocalDate> until = f.date("effectiveUntil");
    Optional<ClassificationSettings> settings = f.member("settings").flatMap(n -> settings(n, ctx));
    List<Optional<Policy>> parts = new ArrayList<>();
    for (String part : PARTS) {
      parts.add(f.required(part).flatMap(n -> PolicyCodec.readPart(n, ctx, known, "/" + part)));
    }
    f.finish();
    if (!f.clean()) {
      return Optional.empty();
    }
    ClassificationPolicy.Builder b;
    try {
      b = ClassificationPolicy.builder(id.orElseThrow(), version.orElseThrow());
    } catch (InvalidValueException | IllegalArgumentException e) {
      ctx.problems().add(Code.INVALID_VALUE, root, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
    description.ifPresent(b::description);
    from.ifPresent(b::effectiveFrom);
    until.ifPresent(b::effectiveUntil);
    settings.ifPresent(b::settings);
    b.attributes(parts.get(0).orElseThrow()).power(parts.get(1).orElseThrow()).interest(parts.get(2).orElseThrow())
        .rloCandidacy(parts.get(3).orElseThrow());
    List<String> problems = b.validate();
    if (!problems.isEmpty()) {
      for (String problem : problems) {
        ctx.problems().add(Code.INVALID_POLICY, partNamedIn(problem, f).orElse(root), problem);
      }
      return Optional.empty();
    }
    return Optional.of(b.build());
  }

  /** The part a policy problem names first, to locate it there. */
  private static Optional<Node> partNamedIn(String problem, Fields f) {
    for (String part : PARTS) {
      if (problem.contains(part)) {
        return f.member(part);
      }
    }
    return Optional.empty();
  }

  private static Optional<ClassificationSettings> settings(Node node, ReadContext ctx) {
    return Fields.of(node, ctx, "/settings", "\"settings\"").flatMap(f -> {
      Optional<List<String>> areas = f.member("priorityAreas").map(n -> f.strings("priorityAreas"));
      Optional<Double> power = ReportCodecs.decimal(f, "powerThreshold", false);
      Optional<Double> interest = ReportCodecs.decimal(f, "interestThreshold", false);
      Optional<Integer> urgency = f.integer("urgencyWindowDays");
      Optional<Integer> due = f.integer("reportDueDays");
      Optional<Set<FieldOfficeKind>> kinds = f.member("rloFieldOfficeKinds").map(n -> kinds(f));
      Optional<EngagementRule> rule = f.member("engagementRule").flatMap(n -> CoverageCodecs.engagementRule(n, ctx,
          "/settings/engagementRule"));
      return f.build(() -> {
        ClassificationSettings.Builder b = ClassificationSettings.builder();
        areas.ifPresent(b::priorityAreas);
        power.ifPresent(b::powerThreshold);
        interest.ifPresent(b::interestThreshold);
        urgency.ifPresent(b::urgencyWindowDays);
        due.ifPresent(b::reportDueDays);
        kinds.ifPresent(b::rloFieldOfficeKinds);
        rule.ifPresent(b::engagementRule);
        return b.build();
      });
    });
  }

  private static Set<FieldOfficeKind> kinds(Fields f) {
    Set<FieldOfficeKind> out = EnumSet.noneOf(FieldOfficeKind.class);
    for (Node n : f.array("rloFieldOfficeKinds")) {
      CoverageCodecs.enumOf(n, "rloFieldOfficeKinds", FieldOfficeKind.class, f.context()).ifPresent(out::add);
    }
    return out;
  }

  public static void write(ClassificationPolicy p, Out out) {
    out.startObject();
    out.string("format", TYPE + "/" + MAJOR);
    out.string("id", p.id());
    out.string("version", p.version());
    if (!p.description().isEmpty()) {
      out.string("description", p.description());
    }
    if (!p.effectiveFrom().equals(LocalDate.MIN)) {
      out.date("effectiveFrom", p.effectiveFrom());
    }
    out.date("effectiveUntil", p.effectiveUntil());
    out.name("settings");
    writeSettings(p.settings(), out);
    Policy[] parts = {p.attributes(), p.power(), p.interest(), p.rloCandidacy()};
    for (int i = 0; i < PARTS.size(); i++) {
      out.name(PARTS.get(i));
      PolicyCodec.writePart(parts[i], out, "/" + PARTS.get(i));
    }
    out.endObject("");
  }

  /** Writes every setting, defaults included. */
  static void writeSettings(ClassificationSettings s, Out out) {
    out.startObject();
    out.name("priorityAreas");
    out.generator().writeStartArray();
    s.priorityAreas().forEach(out.generator()::writeString);
    out.generator().writeEndArray();
    out.name("powerThreshold");
    out.generator().writeNumber(ReportCodecs.number(s.powerThreshold()));
    out.name("interestThreshold");
    out.generator().writeNumber(ReportCodecs.number(s.interestThreshold()));
    out.number("urgencyWindowDays", s.urgencyWindowDays());
    out.number("reportDueDays", s.reportDueDays());
    out.name("rloFieldOfficeKinds");
    out.generator().writeStartArray();
    new TreeSet<>(s.rloFieldOfficeKinds()).forEach(k -> out.generator().writeString(k.name()));
    out.generator().writeEndArray();
    out.name("engagementRule");
    CoverageCodecs.writeEngagementRule(s.engagementRule(), out, "/settings/engagementRule");
    out.endObject("/settings");
  }
}
