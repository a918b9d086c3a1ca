package org.lookingbeyond.tabular.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.lookingbeyond.InvalidValueException;
import org.lookingbeyond.ValueProblem;
import org.lookingbeyond.geo.RegionRef;
import org.lookingbeyond.model.ApplicationStatus;
import org.lookingbeyond.model.Consultation;
import org.lookingbeyond.model.ConsultationStatus;
import org.lookingbeyond.model.ContactDetails;
import org.lookingbeyond.model.DueDiligence;
import org.lookingbeyond.model.EcosocStatus;
import org.lookingbeyond.model.Flag;
import org.lookingbeyond.model.GeographicScope;
import org.lookingbeyond.model.Grant;
import org.lookingbeyond.model.Money;
import org.lookingbeyond.model.NetworkMembership;
import org.lookingbeyond.model.OrganisationType;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.model.Participation;
import org.lookingbeyond.model.ParticipationKind;
import org.lookingbeyond.model.RloDesignation;
import org.lookingbeyond.model.SeedFundingApplication;

/** One row to one record; an empty result when a cell or the record had a problem (recorded on the row). */
public final class ReadCodecs {
  private ReadCodecs() {}

  /** An organization without its network memberships (they come from their own file). */
  public static Optional<Organization> organization(RowCells r) {
    Organization.Builder b = Organization.builder().id(r.required("id")).name(r.required("name"))
        .acronym(r.text("acronym")).type(type(r))
        .registrationDate(r.date("registration_date")).registrationCountry(r.country("registration_country"))
        .headquartersCountry(r.country("headquarters_country"))
        .operatingCountries(r.countries("operating_countries")).thematicAreas(r.list("thematic_areas"))
        .declaredScope(r.enumeration("declared_scope", GeographicScope.class));
    OptionalInt members = r.integer("member_organizations");
    if (members.isPresent()) {
      b.memberOrganizations(members.getAsInt());
    }
    ecosoc(r).ifPresent(b::ecosocStatus);
    Optional<Flag> tobacco = r.enumeration("tobacco_industry_ties", Flag.class);
    Optional<Flag> sanctions = r.enumeration("sanctions_listed", Flag.class);
    Optional<Flag> psea = r.enumeration("psea_measures", Flag.class);
    var assessed = r.date("due_diligence_assessed_on");
    if (tobacco.isPresent() || sanctions.isPresent() || psea.isPresent() || assessed.isPresent()) {
      b.dueDiligence(DueDiligence.builder().tobaccoIndustryTies(tobacco.orElse(Flag.UNKNOWN))
          .sanctionsListed(sanctions.orElse(Flag.UNKNOWN)).pseaMeasures(psea.orElse(Flag.UNKNOWN))
          .assessedOn(assessed).build());
    }
    Optional<String> person = r.text("contact_person");
    Optional<String> email = r.text("email");
    Optional<String> phone = r.text("phone");
    Optional<String> address = r.text("postal_address");
    if (person.isPresent() || email.isPresent() || phone.isPresent() || address.isPresent()) {
      b.contact(ContactDetails.builder().contactPerson(person).email(email).phone(phone).postalAddress(address)
          .build());
    }
    return build(r, b::build);
  }

  private static OrganisationType type(RowCells r) {
    String t = r.required("type");
    if (t.chars().allMatch(Character::isDigit) && !t.isEmpty()) {
      Optional<OrganisationType> byCode = OrganisationType.fromCode(Integer.parseInt(t));
      if (byCode.isPresent()) {
        return byCode.get();
      }
    }
    return r.requiredEnumeration("type", OrganisationType.class, OrganisationType.OTHER);
  }

  private static Optional<EcosocStatus> ecosoc(RowCells r) {
    Optional<EcosocStatus.Category> category = r.enumeration("ecosoc_category", EcosocStatus.Category.class);
    Optional<EcosocStatus.State> state = r.enumeration("ecosoc_state", EcosocStatus.State.class);
    OptionalInt year = r.integer("ecosoc_year");
    if (category.isEmpty() && state.isEmpty() && year.isEmpty()) {
      return Optional.empty();
    }
    if (category.isEmpty() || year.isEmpty()) {
      if (!r.failed()) {
        r.recordProblem("ecosoc_category", ValueProblem.invalid("EcosocStatus", null, "category",
            "an ECOSOC status needs ecosoc_category and ecosoc_year (ecosoc_state defaults to ACTIVE)"));
      }
      return Optional.empty();
    }
    return build(r, () -> EcosocStatus.of(category.get(), state.orElse(EcosocStatus.State.ACTIVE),
        year.getAsInt()));
  }

  /** A membership and the id of its organization. */
  public static Optional<NetworkMembership> membership(RowCells r) {
    NetworkMembership.Builder b = NetworkMembership.builder().networkId(r.required("network_id"))
        .since(r.requiredDate("since")).until(r.date("until"));
    r.required("organization_id");
    return build(r, b::build);
  }

  /** A participation. */
  public static Optional<Participation> participation(RowCells r) {
    String org = r.required("organization_id");
    String session = r.required("session_id");
    ParticipationKind kind = r.requiredEnumeration("kind", ParticipationKind.class, ParticipationKind.ATTENDED);
    return build(r, () -> Participation.of(org, session, kind));
  }

  /** A designation. */
  public static Optional<RloDesignation> designation(RowCells r) {
    RloDesignation.Builder b = RloDesignation.builder().id(r.required("id"))
        .organizationId(r.required("organization_id")).validFrom(r.requiredDate("valid_from"))
        .validUntil(r.date("valid_until"));
    region(r, "region").ifPresent(b::region);
    return build(r, b::build);
  }

  /** An application. */
  public static Optional<SeedFundingApplication> application(RowCells r) {
    SeedFundingApplication.Builder b = SeedFundingApplication.builder().id(r.required("id"))
        .applicantId(r.required("applicant_id")).applicationDate(r.requiredDate("application_date"))
        .followsSessionId(r.text("follows_session_id")).plannedStart(r.date("planned_start"))
        .plannedEnd(r.date("planned_end")).fieldOfficeId(r.text("field_office_id"))
        .noFieldOffice(r.bool("no_field_office")).coHostIds(r.list("co_host_ids")).cycle(r.text("cycle"));
    r.enumeration("status", ApplicationStatus.class).ifPresent(b::status);
    if (r.stated("target_region")) {
      region(r, "target_region").ifPresent(b::targetRegion);
    }
    if (r.stated("focus_areas")) {
      b.focusAreas(r.list("focus_areas"));
    }
    if (r.stated("invited_member_states")) {
      b.invitedMemberStates(r.countries("invited_member_states"));
    }
    money(r, "amount_requested", false).ifPresent(b::amountRequested);
    return build(r, b::build);
  }

  /** A grant. */
  public static Optional<Grant> grant(RowCells r) {
    Grant.Builder b = Grant.builder().id(r.required("id")).organizationId(r.required("organization_id"))
        .applicationId(r.text("application_id")).consultationStart(r.requiredDate("consultation_start"))
        .consultationEnd(r.requiredDate("consultation_end")).reportDue(r.date("report_due"))
        .reportSubmitted(r.date("report_submitted"));
    money(r, "amount", true).ifPresent(b::amount);
    return build(r, b::build);
  }

  /** A consultation. */
  public static Optional<Consultation> consultation(RowCells r) {
    Consultation.Builder b = Consultation.builder().id(r.required("id"))
        .status(r.requiredEnumeration("status", ConsultationStatus.class, ConsultationStatus.PLANNED))
        .followsSessionId(r.text("follows_session_id")).leadOrganizationId(r.required("lead_organization_id"))
        .coHostIds(r.list("co_host_ids")).start(r.requiredDate("start")).end(r.requiredDate("end"))
        .focusAreas(r.list("focus_areas")).fieldOfficeId(r.text("field_office_id"))
        .invitedOrganizationIds(r.list("invited_organization_ids"))
        .invitedMemberStates(r.countries("invited_member_states")).grantId(r.text("grant_id"))
        .recordSubmitted(r.date("record_submitted"));
    region(r, "region").ifPresent(b::region);
    return build(r, b::build);
  }

  private static Optional<RegionRef> region(RowCells r, String header) {
    String text = r.required(header);
    if (r.failed() && text.equals("?")) {
      return Optional.empty();
    }
    return build(r, header, () -> RegionRef.parse(text));
  }

  private static Optional<Money> money(RowCells r, String header, boolean required) {
    String amount = required ? r.required(header) : r.raw(header);
    String currency = required ? r.required("currency") : r.raw("currency");
    if (amount.isEmpty() && currency.isEmpty() || r.failed()) {
      return Optional.empty();
    }
    if (amount.isEmpty()) {
      r.recordProblem(header, ValueProblem.invalid("Money", null, "amount",
          "the currency is given without an amount: state both or neither"));
      return Optional.empty();
    }
    if (r.decimal(header).isEmpty()) {
      return Optional.empty();
    }
    return build(r, currency.isEmpty() ? "currency" : header,
        () -> Money.of(amount, currency.toUpperCase(Locale.ROOT)));
  }

  private static <T> Optional<T> build(RowCells r, Supplier<T> builder) {
    return build(r, "", builder);
  }

  private static <T> Optional<T> build(RowCells r, String header, Supplier<T> builder) {
    if (r.failed()) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.get());
    } catch (InvalidValueException e) {
      e.problems().forEach(p -> r.recordProblem(header.isEmpty() ? p.field().map(ReadCodecs::header).orElse("")
          : header, p));
      return Optional.empty();
    } catch (IllegalStateException e) {
      // a builder missing an attribute: the cell problems are already recorded
      return Optional.empty();
    }
  }

  /** A Java field name's header: {@code amountRequested} is {@code amount_requested}. */
  static String header(String field) {
    return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
