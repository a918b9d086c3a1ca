package org.lookingbeyond.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The IATI organisation type of an organization (IATI codelist {@code OrganisationType}), which says
 * whether it is a civil society organization.
 *
 * @since 0.1.0
 */
public enum OrganisationType {
  /** 10 Government. Not a CSO. */
  GOVERNMENT(10, "Government", false),
  /** 11 Local Government. Not a CSO. */
  LOCAL_GOVERNMENT(11, "Local Government", false),
  /** 15 Other Public Sector. Not a CSO. */
  OTHER_PUBLIC_SECTOR(15, "Other Public Sector", false),
  /** 21 International NGO. */
  INTERNATIONAL_NGO(21, "International NGO", true),
  /** 22 National NGO. */
  NATIONAL_NGO(22, "National NGO", true),
  /** 23 Regional NGO. */
  REGIONAL_NGO(23, "Regional NGO", true),
  /** 24 Partner Country based NGO. */
  PARTNER_COUNTRY_BASED_NGO(24, "Partner Country based NGO", true),
  /** 30 Public Private Partnership. Not a CSO. */
  PUBLIC_PRIVATE_PARTNERSHIP(30, "Public Private Partnership", false),
  /** 40 Multilateral. Not a CSO. */
  MULTILATERAL(40, "Multilateral", false),
  /** 60 Foundation. */
  FOUNDATION(60, "Foundation", true),
  /** 70 Private Sector. Not a CSO. */
  PRIVATE_SECTOR(70, "Private Sector", false),
  /** 71 Private Sector in Provider Country. Not a CSO. */
  PRIVATE_SECTOR_PROVIDER_COUNTRY(71, "Private Sector in Provider Country", false),
  /** 72 Private Sector in Aid Recipient Country. Not a CSO. */
  PRIVATE_SECTOR_RECIPIENT_COUNTRY(72, "Private Sector in Aid Recipient Country", false),
  /** 73 Private Sector in Third Country. Not a CSO. */
  PRIVATE_SECTOR_THIRD_COUNTRY(73, "Private Sector in Third Country", false),
  /** 80 Academic, Training and Research. */
  ACADEMIC(80, "Academic, Training and Research", true),
  /** 90 Other: community-based, faith-based, labour, indigenous groups and others. */
  OTHER(90, "Other", true);

  private final int code;
  private final String label;
  private final boolean cso;

  OrganisationType(int code, String label, boolean cso) {
    this.code = code;
    this.label = label;
    this.cso = cso;
  }

  /**
   * The IATI code, such as 22.
   *
   * @return the code
   * @since 0.1.0
   */
  public int code() {
    return code;
  }

  /**
   * The IATI name, such as "National NGO".
   *
   * @return the label
   * @since 0.1.0
   */
  public String label() {
    return label;
  }

  /**
   * Whether organizations of this type are civil society organizations. Government bodies, multilateral
   * organizations, public-private partnerships and private companies are not.
   *
   * @return true for a CSO type
   * @since 0.1.0
   */
  public boolean isCso() {
    return cso;
  }

  /**
   * The type with an IATI code.
   *
   * @param code the code, such as 22
   * @return the type, or empty for a code IATI does not define
   * @since 0.1.0
   */
  public static Optional<OrganisationType> fromCode(int code) {
    return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
  }
}
