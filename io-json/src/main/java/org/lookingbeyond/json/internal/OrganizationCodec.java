package org.lookingbeyond.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.lookingbeyond.json.JsonProblem.Code;
import org.lookingbeyond.model.ContactDetails;
import org.lookingbeyond.model.DueDiligence;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.Flag;
import org.lookingbeyond.model.GeographicScope;
import org.lookingbeyond.model.NetworkMembership;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;

/** Reads and writes organizations and their nested values. */
public final class OrganizationCodec {
  private OrganizationCodec() {}

  public static String anchor(String id) {
    return "/organizations/" + Node.escape(id);
  }

  public static Optional<Organization> read(Node node, ReadContext ctx) {
    Optional<Fields> of = Fields.of(node, ctx, anchorOf(node), "an organization");
    if (of.isEmpty()) {
      return Optional.empty();
    }
    Fields f = of.get();
    Optional<String> id = f.requiredString("id");
    Optional<String> name = f.requiredString("name");
    Optional<OrganisationType> type = f.required("type").flatMap(n -> type(n, f));
    Optional<EcosocStatus> ecosoc = f.member("ecosocStatus").flatMap(n -> ecosoc(n, ctx, f.anchor()));
    List<NetworkMembership> memberships = new ArrayList<>();
    for (Node m : f.array("networkMemberships")) {
      membership(m, ctx, f.anchor()).ifPresent(memberships::add);
    }
    Optional<DueDiligence> dueDiligence = f.member("dueDiligence").flatMap(n -> dueDiligence(n, ctx, f.anchor()));
    Optional<ContactDetails> contact = f.member("contact").flatMap(n -> contact(n, ctx, f.anchor()));
    Optional<Integer> members = f.integer("memberOrganizations");
    var b = Organization.builder()
        .acronym(f.string("acronym"))
        .registrationDate(f.date("registrationDate"))
        .registrationCountry(f.string("registrationCountry"))
        .headquartersCountry(f.string("headquartersCountry"))
        .operatingCountries(f.strings("operatingCountries"))
        .thematicAreas(f.strings("thematicAreas"))
        .networkMemberships(memberships)
        .declaredScope(f.enumValue("declaredScope", GeographicScope.class))
        .memberOrganizations(members.map(OptionalInt::of).orElse(OptionalInt.empty()))
        .contact(contact);
    dueDiligence.ifPresent(b::dueDiligence);
    ecosoc.ifPresent(b::ecosocStatus);
    return f.build(() -> b.id(id.orElseThrow()).name(name.orElseThrow()).type(type.orElseThrow()).build());
  }

  /** The anchor of an organization node: by its id where it has a string id, else by its pointer. */
  private static String anchorOf(Node node) {
    if (node instanceof Node.ObjectNode) {
      Node id = ((Node.ObjectNode) node).members().get("id");
      if (id instanceof Node.ScalarNode && ((Node.ScalarNode) id).kind() == Node.ScalarNode.Kind.STRING) {
        return anchor(((Node.ScalarNode) id).text());
      }
    }
    return node.pointer();
  }

  /** The IATI type, by name ("NATIONAL_NGO") or by IATI code (22). */
  private static Optional<OrganisationType> type(Node n, Fields f) {
    if (n instanceof Node.ScalarNode && ((Node.ScalarNode) n).kind() == Node.ScalarNode.Kind.INTEGER) {
      String code = ((Node.ScalarNode) n).text();
      Optional<OrganisationType> t = code.length() > 3 ? Optional.empty()
          : OrganisationType.fromCode(Integer.parseInt(code));
      if (t.isEmpty()) {
        f.context().problems().add(Code.INVALID_VALUE, n, "\"type\" " + Echo.excerpt(code) + " is not an IATI organisation type code");
      }
      return t;
    }
    if (n instanceof Node.ScalarNode && ((Node.ScalarNode) n).kind() == Node.ScalarNode.Kind.STRING) {
      String text = ((Node.ScalarNode) n).text();
      for (OrganisationType t : OrganisationType.values()) {
        if (t.name().equals(text)) {
          return Optional.of(t);
        }
      }
      f.context().problems().add(Code.INVALID_VALUE, n, "\"type\" must be an IATI organisation type such as"
          + " NATIONAL_NGO or its code such as 22, not \"" + Echo.excerpt(text) + "\"");
      return Optional.empty();
    }
    f.wrongType(n, "type", "a string or an IATI code");
    return Optional.empty();
  }

  private static Optional<EcosocStatus> ecosoc(Node n, ReadContext ctx, String parent) {
    return Fields.of(n, ctx, parent + "/ecosocStatus", "\"ecosocStatus\"").flatMap(f -> {
      Optional<EcosocStatus.Category> category = f.requiredEnum("category", EcosocStatus.Category.class);
      Optional<EcosocStatus.State> state = f.requiredEnum("state", EcosocStatus.State.class);
      Optional<Integer> year = f.requiredInteger("yearGranted");
      return f.build(() -> EcosocStatus.of(category.orElseThrow(), state.orElseThrow(), year.orElseThrow()));
    });
  }

  private static Optional<NetworkMembership> membership(Node n, ReadContext ctx, String parent) {
    return Fields.of(n, ctx, parent + "/networkMemberships/" + membershipKey(n), "a network membership")
        .flatMap(f -> {
          Optional<String> network = f.requiredString("networkId");
          Optional<java.time.LocalDate> since = f.requiredDate("since");
          Optional<java.time.LocalDate> until = f.date("until");
          return f.build(() -> NetworkMembership.builder().networkId(network.orElseThrow()).since(since.orElseThrow())
              .until(until).build());
        });
  }

  /** Identifies a membership inside its organization: network id and first day. */
  public static String membershipKey(NetworkMembership m) {
    return Node.escape(m.networkId() + "@" + m.since());
  }

  private static String membershipKey(Node n) {
    if (n instanceof Node.ObjectNode) {
      Node network = ((Node.ObjectNode) n).members().get("networkId");
      Node since = ((Node.ObjectNode) n).members().get("since");
      if (network instanceof Node.ScalarNode && since instanceof Node.ScalarNode) {
        return Node.escape(((Node.ScalarNode) network).text() + "@" + ((Node.ScalarNode) since).text());
      }
    }
    return n.pointer();
  }

  private static Optional<DueDiligence> dueDiligence(Node n, ReadContext ctx, String parent) {
    return Fields.of(n, ctx, parent + "/dueDiligence", "\"dueDiligence\"").flatMap(f -> {
      var b = DueDiligence.builder();
      f.enumValue("tobaccoIndustryTies", Flag.class).ifPresent(b::tobaccoIndustryTies);
      f.enumValue("sanctionsListed", Flag.class).ifPresent(b::sanctionsListed);
      f.enumValue("pseaMeasures", Flag.class).ifPresent(b::pseaMeasures);
      b.assessedOn(f.date("assessedOn"));
      return f.build(b::build);
    });
  }

  private static Optional<ContactDetails> contact(Node n, ReadContext ctx, String parent) {
    return Fields.of(n, ctx, parent + "/contact", "\"contact\"").flatMap(f -> {
      var b = ContactDetails.builder().contactPerson(f.string("contactPerson")).email(f.string("email"))
          .phone(f.string("phone")).postalAddress(f.string("postalAddress"));
      return f.build(b::build);
    });
  }

  public static void write(Organization o, Out out) {
    String anchor = anchor(o.id());
    out.startObject();
    out.string("id", o.id());
    out.string("name", o.name());
    out.string("acronym", o.acronym());
    out.enumValue("type", o.type());
    o.ecosocStatus().ifPresent(e -> {
      out.name("ecosocStatus");
      out.startObject();
      out.enumValue("category", e.category());
      out.enumValue("state", e.state());
      out.number("yearGranted", e.yearGranted());
      out.endObject(anchor + "/ecosocStatus");
    });
    out.date("registrationDate", o.registrationDate());
    out.string("registrationCountry", o.registrationCountry());
    out.string("headquartersCountry", o.headquartersCountry());
    out.strings("operatingCountries", o.operatingCountries());
    out.strings("thematicAreas", o.thematicAreas());
    if (!o.networkMemberships().isEmpty()) {
      out.name("networkMemberships");
      out.generator().writeStartArray();
      for (NetworkMembership m : o.networkMemberships()) {
        out.startObject();
        out.string("networkId", m.networkId());
        out.date("since", m.since());
        out.date("until", m.until());
        out.endObject(anchor + "/networkMemberships/" + membershipKey(m));
      }
      out.generator().writeEndArray();
    }
    o.declaredScope().ifPresent(s -> out.enumValue("declaredScope", s));
    o.memberOrganizations().ifPresent(n -> out.number("memberOrganizations", n));
    DueDiligence d = o.dueDiligence();
    if (!d.equals(DueDiligence.notAssessed()) || out.hasUnknown(anchor + "/dueDiligence")) {
      out.name("dueDiligence");
      out.startObject();
      out.enumValue("tobaccoIndustryTies", d.tobaccoIndustryTies());
      out.enumValue("sanctionsListed", d.sanctionsListed());
      out.enumValue("pseaMeasures", d.pseaMeasures());
      out.date("assessedOn", d.assessedOn());
      out.endObject(anchor + "/dueDiligence");
    }
    o.contact().ifPresent(c -> {
      out.name("contact");
      out.startObject();
      out.string("contactPerson", c.contactPerson());
      out.string("email", c.email());
      out.string("phone", c.phone());
      out.string("postalAddress", c.postalAddress());
      out.endObject(anchor + "/contact");
    });
    out.endObject(anchor);
  }
}
