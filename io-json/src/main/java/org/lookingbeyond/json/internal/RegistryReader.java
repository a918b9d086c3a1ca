package org.lookingbeyond.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.geo.Grouping;
import org.lookingbeyond.json.JsonProblem;
import org.lookingbeyond.json.JsonProblem.Code;
import org.lookingbeyond.model.Consultation;
import org.lookingbeyond.model.FieldOffice;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Network;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.model.Session;
import org.lookingbeyond.reference.ReferenceData;
import org.lookingbeyond.reference.ReferenceDataException;
import org.lookingbeyond.registry.Registry;
import org.lookingbeyond.registry.RegistryProblem;
import org.lookingbeyond.registry.Validation;
import org.lookingbeyond.theme.Pillar;
import org.lookingbeyond.theme.ThematicArea;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a registry document from a parser, one record at a time: each element of a top-level array is
 * read into a small tree, turned into a value and dropped, so that the document is never held whole.
 * Collects every problem: structural ones as it reads, then the registry's own (duplicates, dangling
 * references, unknown codes...) located at the records they concern.
 */
public final class RegistryReader {
  /** The major version this reader understands. */
  public static final int MAJOR = 1;
  public static final String TYPE = "lookingbeyond.registry";

  private final JsonParser parser;
  private final ReadContext ctx;
  private final TreeReader trees;
  private final ReferenceData base;
  private final Map<String, Node> recordAt = new HashMap<>();
  private Node.ObjectNode root;

  private final List<Organization> organizations = new ArrayList<>();
  private final List<Network> networks = new ArrayList<>();
  private final List<FieldOffice> fieldOffices = new ArrayList<>();
  private final List<Session> sessions = new ArrayList<>();
  private final List<Participation> participations = new ArrayList<>();
  private final List<RloDesignation> designations = new ArrayList<>();
  private final List<SeedFundingApplication> applications = new ArrayList<>();
  private final List<Grant> grants = new ArrayList<>();
  private final List<Consultation> consultations = new ArrayList<>();
  private final List<Pillar> pillars = new ArrayList<>();
  private final List<ThematicArea> areas = new ArrayList<>();
  private final List<Grouping> groupings = new ArrayList<>();
  private final List<org.lookingbeyond.model.GoverningBody> bodies = new ArrayList<>();
  private Node referenceNode;

  public RegistryReader(JsonParser parser, ReadContext ctx, ReferenceData base) {
    this.parser = parser;
    this.ctx = ctx;
    this.trees = new TreeReader(parser, ctx.problems());
    this.base = base;
  }

  /** Reads the document; returns the registry, or empty with every problem in the context. */
  public Optional<Registry> read() {
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_OBJECT) {
      Node n = first == null ? null : trees.read("");
      ctx.problems().add(Code.WRONG_TYPE, "", n == null ? 1 : n.line(), n == null ? 1 : n.column(),
          "a registry document is a JSON object, not " + (n == null ? "empty" : Fields.article(n)));
      return Optional.empty();
    }
    int line = parser.currentTokenLocation().getLineNr();
    int column = parser.currentTokenLocation().getColumnNr();
    Set<String> seen = new HashSet<>();
    boolean hasFormat = false;
    java.util.LinkedHashMap<String, Node> rootMembers = new java.util.LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      int nameLine = parser.currentTokenLocation().getLineNr();
      int nameColumn = parser.currentTokenLocation().getColumnNr();
      parser.nextToken();
      String pointer = "/" + Node.escape(name);
      if (!seen.add(name)) {
        ctx.problems().add(Code.DUPLICATE_KEY, pointer, nameLine, nameColumn,
            "the key \"" + Echo.excerpt(name) + "\" appears more than once in this object; the first is kept");
        parser.skipChildren();
        continue;
      }
      if (name.equals("format")) {
        hasFormat = true;
        if (!format(trees.read(pointer))) {
          return Optional.empty();
        }
        continue;
      }
      if (!records(name, pointer)) {
        rootMembers.put(name, trees.read(pointer));
      }
    }
    root = new Node.ObjectNode("", line, column, rootMembers);
    if (!hasFormat) {
      ctx.problems().add(Code.UNSUPPORTED_FORMAT, "/format", line, column,
          "the document declares no \"format\"; a registry document starts with \"format\": \"" + TYPE + "/" + MAJOR
              + "\"");
    }
    Fields.of(root, ctx, "", "the document").ifPresent(Fields::finish);
    if (parser.nextToken() != null) {
      ctx.problems().add(Code.SYNTAX, "", parser.currentTokenLocation().getLineNr(),
          parser.currentTokenLocation().getColumnNr(), "unexpected content after the document's closing brace");
    }
    if (!ctx.problems().isEmpty()) {
      return Optional.empty();
    }
    return build();
  }

  private boolean format(Node node) {
    return Formats.check(node, TYPE, MAJOR, ctx);
  }

  /** Streams a known record array; returns false for a member that is not one. */
  private boolean records(String name, String pointer) {
    switch (name) {
      case "organizations":
        each(pointer, "organization", OrganizationCodec::read, o -> o.id(), organizations::add);
        return true;
      case "networks":
        each(pointer, "network", ReferenceCodecs::readNetwork, Network::id, networks::add);
        return true;
      case "fieldOffices":
        each(pointer, "fieldOffice", ReferenceCodecs::readFieldOffice, FieldOffice::id, fieldOffices::add);
        return true;
      case "sessions":
        each(pointer, "session", ReferenceCodecs::readSession, Session::id, sessions::add);
        return true;
      case "participations":
        each(pointer, "participation", ActivityCodecs::readParticipation, Participation::key, participations::add);
        return true;
      case "designations":
        each(pointer, "designation", ActivityCodecs::readDesignation, RloDesignation::id, designations::add);
        return true;
      case "applications":
        each(pointer, "application", ActivityCodecs::readApplication, SeedFundingApplication::id, applications::add);
        return true;
      case "grants":
        each(pointer, "grant", ActivityCodecs::readGrant, Grant::id, grants::add);
        return true;
      case "consultations":
        each(pointer, "consultation", ActivityCodecs::readConsultation, Consultation::id, consultations::add);
        return true;
      case "reference":
        reference(trees.read(pointer));
        return true;
      default:
        return false;
    }
  }

  private <T> void each(String pointer, String recordType, BiFunction<Node, ReadContext, Optional<T>> codec,
      Function<T, String> id, Consumer<T> sink) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      Node n = trees.read(pointer);
      ctx.problems().add(Code.WRONG_TYPE, n, "\"" + pointer.substring(1) + "\" must be an array, not "
          + Fields.article(n));
      return;
    }
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      Node node = trees.read(pointer + "/" + index++);
      codec.apply(node, ctx).ifPresent(value -> {
        recordAt.put(recordType + "\n" + id.apply(value), new Node.ScalarNode(node.pointer(), node.line(),
            node.column(), Node.ScalarNode.Kind.NULL, "null"));
        sink.accept(value);
      });
    }
  }

  private void reference(Node node) {
    referenceNode = node;
    Fields.of(node, ctx, "/reference", "\"reference\"").ifPresent(f -> {
      f.array("pillars").forEach(n -> ReferenceCodecs.readPillar(n, ctx).ifPresent(pillars::add));
      f.array("thematicAreas").forEach(n -> ReferenceCodecs.readArea(n, ctx).ifPresent(areas::add));
      f.array("groupings").forEach(n -> ReferenceCodecs.readGrouping(n, ctx).ifPresent(groupings::add));
      f.array("governingBodies").forEach(n -> ReferenceCodecs.readBody(n, ctx).ifPresent(bodies::add));
      f.finish();
    });
  }

  private Optional<Registry> build() {
    ReferenceData reference = base;
    if (!pillars.isEmpty() || !areas.isEmpty() || !groupings.isEmpty() || !bodies.isEmpty()) {
      try {
        ReferenceData.Builder b = base.toBuilder();
        pillars.forEach(b::addPillar);
        areas.forEach(b::addThematicArea);
        groupings.forEach(b::addGrouping);
        bodies.forEach(b::addGoverningBody);
        reference = b.build();
      } catch (ReferenceDataException e) {
        Node at = referenceNode;
        e.problems().forEach(p -> ctx.problems().add(Code.INVALID_REFERENCE_DATA, at, p.toString()));
        return Optional.empty();
      } catch (InvalidValueException | java.time.DateTimeException | ArithmeticException e) {
        ctx.problems().add(Code.INVALID_REFERENCE_DATA, referenceNode, String.valueOf(e.getMessage()));
        return Optional.empty();
      }
    }
    Validation v = Registry.builder(reference)
        .addNetworks(networks).addFieldOffices(fieldOffices).addSessions(sessions)
        .addOrganizations(organizations).addParticipations(participations).addDesignations(designations)
        .addApplications(applications).addGrants(grants).addConsultations(consultations)
        .validate();
    for (RegistryProblem p : v.problems()) {
      Node at = recordAt.get(p.recordType() + "\n" + p.recordId());
      String field = p.field().contains(".") ? p.field().substring(0, p.field().indexOf('.')) : p.field();
      if (at == null) {
        at = referenceNode != null ? referenceNode : root;
        ctx.problems().add(JsonProblem.Code.valueOf(p.code().name()), at, p.message());
      } else {
        ctx.problems().add(JsonProblem.Code.valueOf(p.code().name()), at.pointer() + "/" + Node.escape(field),
            at.line(), at.column(), p.recordType() + " " + p.recordId() + ": " + p.message());
      }
    }
    return v.registry();
  }
}
