package org.lookingbeyond.json.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lookingbeyond.classify.EngagementTier;
import org.lookingbeyond.classify.Portfolio;
import org.lookingbeyond.classify.Quadrant;
import org.lookingbeyond.classify.RegionKind;
import org.lookingbeyond.classify.SalienceClass;
import org.lookingbeyond.classify.SalienceGroup;
import org.lookingbeyond.classify.Scope;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.json.JsonProblem.Code;

/**
 * Reads and writes a classification's portfolio summary: counts by class, group, quadrant, tier, scope,
 * pillar and region, and the lists a unit acts on. Anchors: the portfolio's own, its regions
 * {@code .../byRegion/{region}} and {@code .../regionsWithoutRlo/{region}}.
 */
final class PortfolioCodec {
  private PortfolioCodec() {}

  static Optional<Portfolio> read(Node node, ReadContext ctx, String anchor) {
    return Fields.of(node, ctx, anchor, "\"portfolio\"").flatMap(f -> {
      Optional<LocalDate> asOf = f.requiredDate("asOf");
      Optional<String> policy = f.requiredString("policyId");
      Optional<String> version = f.requiredString("policyVersion");
      Optional<String> hash = f.requiredString("policyHash");
      Optional<Integer> organizations = f.requiredInteger("organizations");
      Optional<Integer> csos = f.requiredInteger("csos");
      Map<SalienceClass, Integer> byClass = counts(f, "byClass", SalienceClass.class);
      Map<SalienceGroup, Integer> byGroup = counts(f, "byGroup", SalienceGroup.class);
      Map<Quadrant, Integer> byQuadrant = counts(f, "byQuadrant", Quadrant.class);
      Map<EngagementTier, Integer> byTier = counts(f, "byTier", EngagementTier.class);
      Map<Scope, Integer> byScope = counts(f, "byScope", Scope.class);
      Map<String, Integer> byPillar = counts(f, "byPillar", null);
      List<Portfolio.RegionCount> byRegion = new ArrayList<>();
      for (Node n : f.array("byRegion")) {
        regionCount(n, ctx, anchor).ifPresent(byRegion::add);
      }
      List<String> definitive = f.strings("definitive");
      List<String> dormant = f.strings("dormant");
      List<Portfolio.RegionNeed> needs = new ArrayList<>();
      for (Node n : f.array("regionsWithoutRlo")) {
        regionNeed(n, ctx, anchor).ifPresent(needs::add);
      }
      return f.build(() -> Portfolio.builder().asOf(asOf.orElseThrow()).policyId(policy.orElseThrow())
          .policyVersion(version.orElseThrow()).policyHash(hash.orElseThrow())
          .organizations(organizations.orElseThrow()).csos(csos.orElseThrow()).byClass(byClass).byGroup(byGroup)
          .byQuadrant(byQuadrant).byTier(byTier).byScope(byScope).byPillar(byPillar).byRegion(byRegion)
          .definitive(definitive).dormant(dormant).regionsWithoutRlo(needs).build());
    });
  }

  static void write(Portfolio p, Out out, String anchor) {
    out.startObject();
    out.date("asOf", p.asOf());
    out.string("policyId", p.policyId());
    out.string("policyVersion", p.policyVersion());
    out.string("policyHash", p.policyHash());
    out.number("organizations", p.organizations());
    out.number("csos", p.csos());
    counts(out, "byClass", p.byClass());
    counts(out, "byGroup", p.byGroup());
    counts(out, "byQuadrant", p.byQuadrant());
    counts(out, "byTier", p.byTier());
    counts(out, "byScope", p.byScope());
    counts(out, "byPillar", p.byPillar());
    out.name("byRegion");
    out.generator().writeStartArray();
    for (Portfolio.RegionCount c : p.byRegion()) {
      out.startObject();
      out.string("region", c.region().toString());
      out.string("name", c.name());
      out.number("organizations", c.organizations());
      out.endObject(anchor + "/byRegion/" + Node.escape(c.region().toString()));
    }
    out.generator().writeEndArray();
    out.strings("definitive", p.definitive());
    out.strings("dormant", p.dormant());
    out.name("regionsWithoutRlo");
    out.generator().writeStartArray();
    for (Portfolio.RegionNeed n : p.regionsWithoutRlo()) {
      out.startObject();
      out.string("region", n.region().toString());
      out.string("name", n.name());
      out.enumValue("kind", n.kind());
      out.strings("candidates", n.candidates());
      out.strings("toReview", n.toReview());
      out.endObject(anchor + "/regionsWithoutRlo/" + Node.escape(n.region().toString()));
    }
    out.generator().writeEndArray();
    out.endObject(anchor);
  }

  private static Optional<Portfolio.RegionCount> regionCount(Node node, ReadContext ctx, String parent) {
    String anchor = parent + ActivityCodecs.anchorOf("byRegion", node, "region");
    return Fields.of(node, ctx, anchor, "a region count").flatMap(f -> {
      Optional<RegionRef> region = f.requiredRegionRef("region");
      Optional<String> name = f.requiredString("name");
      Optional<Integer> organizations = f.requiredInteger("organizations");
      return f.build(() -> new Portfolio.RegionCount(region.orElseThrow(), name.orElseThrow(),
          organizations.orElseThrow()));
    });
  }

  private static Optional<Portfolio.RegionNeed> regionNeed(Node node, ReadContext ctx, String parent) {
    String anchor = parent + ActivityCodecs.anchorOf("regionsWithoutRlo", node, "region");
    return Fields.of(node, ctx, anchor, "a region without RLO").flatMap(f -> {
      Optional<RegionRef> region = f.requiredRegionRef("region");
      Optional<String> name = f.requiredString("name");
      Optional<RegionKind> kind = f.requiredEnum("kind", RegionKind.class);
      List<String> candidates = f.strings("candidates");
      List<String> toReview = f.strings("toReview");
      return f.build(() -> new Portfolio.RegionNeed(region.orElseThrow(), name.orElseThrow(), kind.orElseThrow(),
          candidates, toReview));
    });
  }

  /** A map of counts keyed by an enum's names ({@code type}) or by any text ({@code type} null). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <K> Map<K, Integer> counts(Fields f, String name, Class<? extends Enum> type) {
    Map<K, Integer> out = new TreeMap<>();
    f.member(name).ifPresent(n -> {
      if (!(n instanceof Node.ObjectNode)) {
        f.wrongType(n, name, "an object of counts");
        return;
      }
      ((Node.ObjectNode) n).members().forEach((k, v) -> {
        Object key = k;
        if (type != null) {
          try {
            key = Enum.valueOf(type, k);
          } catch (IllegalArgumentException e) {
            f.context().problems().add(Code.INVALID_VALUE, v, "\"" + name + "\" has the key \"" + k
                + "\", not one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return;
          }
        }
        if (v instanceof Node.ScalarNode && ((Node.ScalarNode) v).kind() == Node.ScalarNode.Kind.INTEGER
            && ((Node.ScalarNode) v).text().length() < 10 && !((Node.ScalarNode) v).text().startsWith("-")) {
          out.put((K) key, Integer.valueOf(((Node.ScalarNode) v).text()));
        } else {
          f.context().problems().add(Code.WRONG_TYPE, v, "\"" + name + "/" + k + "\" must be a count (a whole"
              + " number, 0 or more), not " + Fields.article(v));
        }
      });
    });
    return out;
  }

  private static void counts(Out out, String name, Map<?, Integer> counts) {
    out.name(name);
    out.generator().writeStartObject();
    counts.forEach((k, v) -> {
      out.generator().writeName(k instanceof Enum ? ((Enum<?>) k).name() : k.toString());
      out.generator().writeNumber(v);
    });
    out.generator().writeEndObject();
  }
}
