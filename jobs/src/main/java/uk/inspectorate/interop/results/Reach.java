package uk.inspectorate.interop.results;

import uk.inspectorate.interop.analysis.InteropReach;
import uk.inspectorate.interop.code.Capability;

/** A force's reach on one capability of the interoperability network. */
public record Reach(Capability capability, InteropReach reach) {}
