package uk.inspectorate.interop.code;

import java.util.List;

/** A domain of the code: a weighted group of requirements. */
public record Domain(String id, String title, double weight, List<Requirement> requirements) {
  public Domain {
    requirements = List.copyOf(requirements);
  }
}
