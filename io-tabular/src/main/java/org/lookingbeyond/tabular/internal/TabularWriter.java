package org.lookingbeyond.tabular.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.lookingbeyond.model.NetworkMembership;
import org.lookingbeyond.model.Organization;
import org.lookingbeyond.registry.Registry;

/**
 * The rows of every record sheet for a registry: the header row (the sheet's columns, then the unknown
 * columns kept from reading) and one row per record, in the registry's order; every cell neutralised
 * against formula injection.
 */
public final class TabularWriter {
  private TabularWriter() {}

  /** Every sheet's rows; a sheet with no record has its header row only. */
  public static Map<Sheet, List<List<String>>> rows(Registry registry, BiFunction<String, String,
      Map<String, String>> unknownValues, Map<String, List<String>> unknownHeaders) {
    Map<Sheet, List<List<String>>> sheets = new EnumMap<>(Sheet.class);
    for (Sheet sheet : Sheet.values()) {
      List<String> headers = new ArrayList<>(sheet.headers());
      List<String> extra = unknownHeaders.getOrDefault(sheet.fileName(), List.of());
      headers.addAll(extra);
      List<List<String>> rows = new ArrayList<>();
      rows.add(headers.stream().map(Cells::neutralise).toList());
      Row row = (key, cells) -> {
        Map<String, String> more = unknownValues.apply(sheet.fileName(), key);
        List<String> values = new ArrayList<>(headers.size());
        for (String h : headers) {
          String v = cells.containsKey(h) ? cells.get(h) : more.getOrDefault(h, "");
          values.add(Cells.neutralise(v));
        }
        rows.add(values);
      };
      switch (sheet) {
        case ORGANIZATIONS:
          registry.organizations().forEach(o -> row.add(o.id(), WriteCodecs.organization(o)));
          break;
        case NETWORK_MEMBERSHIPS:
          for (Organization o : registry.organizations()) {
            for (NetworkMembership m : o.networkMemberships()) {
              row.add(Keys.membership(o.id(), m), WriteCodecs.membership(o.id(), m));
            }
          }
          break;
        case PARTICIPATIONS:
          registry.participations().forEach(p -> row.add(p.key(), WriteCodecs.participation(p)));
          break;
        case DESIGNATIONS:
          registry.designations().forEach(d -> row.add(d.id(), WriteCodecs.designation(d)));
          break;
        case APPLICATIONS:
          registry.applications().forEach(a -> row.add(a.id(), WriteCodecs.application(a)));
          break;
        case GRANTS:
          registry.grants().forEach(g -> row.add(g.id(), WriteCodecs.grant(g)));
          break;
        default:
          registry.consultations().forEach(c -> row.add(c.id(), WriteCodecs.consultation(c)));
      }
      sheets.put(sheet, rows);
    }
    return sheets;
  }

  /** Adds one record's row. */
  private interface Row {
    void add(String key, Map<String, String> cells);
  }
}
