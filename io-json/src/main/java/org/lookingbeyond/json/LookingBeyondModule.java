package org.lookingbeyond.json;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.json.internal.ActivityCodecs;
import org.lookingbeyond.json.internal.Node;
import org.lookingbeyond.json.internal.OrganizationCodec;
import org.lookingbeyond.json.internal.Out;
import org.lookingbeyond.json.internal.ReadContext;
import org.lookingbeyond.json.internal.ReferenceCodecs;
import org.lookingbeyond.json.internal.TreeReader;
import org.lookingbeyond.model.Consultation;
import org.lookingbeyond.model.FieldOffice;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Network;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.SeedFundingApplication;
import org.lookingbeyond.model.Session;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that reads and writes the core model's records in the same JSON form as the
 * registry document, for integrators who embed them in their own JSON with their own
 * {@code ObjectMapper}:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new LookingBeyondModule()).build();
 * Organization org = mapper.readValue(json, Organization.class);
 * }</pre>
 *
 * <p>The module is also found by {@code MapperBuilder.findAndAddModules()} (it is registered through
 * {@code module-info} and {@code META-INF/services}). It covers organizations, networks, field offices,
 * sessions, participations, RLO designations, applications, grants, consultations and region
 * references. Unlike {@link LookingBeyondJson}, a record read through the module drops members the
 * format does not define, and a record that cannot be read fails with a Jackson
 * {@code DatabindException} whose message lists every problem of that record.
 *
 * @since 0.1.0
 */
public final class LookingBeyondModule extends SimpleModule {
  private static final int MAX_LISTED = 10;

  private static final long serialVersionUID = 1L;

  /**
   * Creates the module.
   *
   * @since 0.1.0
   */
  public LookingBeyondModule() {
    super("lookingbeyond", new Version(0, 1, 0, "SNAPSHOT", "org.lookingbeyond", "lookingbeyond-io-json"));
    add(Organization.class, OrganizationCodec::read, OrganizationCodec::write);
    add(Network.class, ReferenceCodecs::readNetwork, ReferenceCodecs::write);
    add(FieldOffice.class, ReferenceCodecs::readFieldOffice, ReferenceCodecs::write);
    add(Session.class, ReferenceCodecs::readSession, ReferenceCodecs::write);
    add(Participation.class, ActivityCodecs::readParticipation, ActivityCodecs::write);
    add(RloDesignation.class, ActivityCodecs::readDesignation, ActivityCodecs::write);
    add(SeedFundingApplication.class, ActivityCodecs::readApplication, ActivityCodecs::write);
    add(Grant.class, ActivityCodecs::readGrant, ActivityCodecs::write);
    add(Consultation.class, ActivityCodecs::readConsultation, ActivityCodecs::write);
    addSerializer(RegionRef.class, new ValueSerializer<RegionRef>() {
      @Override
      public void serialize(RegionRef value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeString(value.toString());
      }
    });
    addDeserializer(RegionRef.class, new ValueDeserializer<RegionRef>() {
      @Override
      public RegionRef deserialize(JsonParser p, DeserializationContext ctxt) {
        try {
          return RegionRef.parse(p.getValueAsString(""));
        } catch (InvalidValueException e) {
          return ctxt.reportInputMismatch(RegionRef.class, "%s", e.getMessage());
        }
      }
    });
  }

  private <T> void add(Class<T> type, BiFunction<Node, ReadContext, Optional<T>> reader,
      BiConsumer<T, Out> writer) {
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
        writer.accept(value, new Out(gen, Map.of()));
      }
    });
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        ReadContext read = new ReadContext(false);
        Optional<T> value;
        try {
          Node node = new TreeReader(p, read.problems()).read("");
          value = reader.apply(node, read);
        } catch (tools.jackson.core.exc.StreamConstraintsException e) {
          if (e.getLocation() != null) {
            throw e;
          }
          // Jackson's own limits (nesting past 500) carry no location: give the parser's
          return ctxt.reportInputMismatch(type, "%s", e.getOriginalMessage());
        } catch (org.lookingbeyond.json.internal.Problems.Stopped e) {
          value = Optional.empty(); // too many problems to go on: those kept are reported below
        }
        if (value.isPresent() && read.problems().isEmpty()) {
          return value.get();
        }
        // the message names the first few problems only: it must stay short whatever the input
        java.util.List<JsonProblem> problems = read.problems().sorted();
        String listed = problems.stream().limit(MAX_LISTED).map(JsonProblem::toString)
            .collect(Collectors.joining("; "));
        return ctxt.reportInputMismatch(type, "%s", problems.size() <= MAX_LISTED ? listed
            : listed + "; and " + (problems.size() - MAX_LISTED) + " more");
      }
    });
  }
}
