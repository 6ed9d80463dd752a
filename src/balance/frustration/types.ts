/**
 * Result and option types shared by the frustration-index (line index of balance)
 * solvers.
 *
 * Definition: for a signed graph G = (V, E, σ) and a two-colouring s: V → {±1}, an
 * edge uv is frustrated when σ(uv)·s(u)·s(v) = −1 (a positive edge between the two
 * groups or a negative edge inside one). The frustration index (line index of
 * balance) L(G) is the minimum number of frustrated edges over all colourings,
 * i.e. the least number of edges whose removal (or sign change) makes G balanced.
 *
 * Sources: F. Harary (1959), "On the measurement of structural balance", Behavioral
 * Science 4; S. Aref, A. J. Mason & M. C. Wilson (2018/2020), "Computing the line
 * index of balance using linear programming optimisation" and "A modeling and
 * computational study of the frustration index in signed networks", Networks 75;
 * P. Doreian & A. Mrvar (1996, 2009), partitioning signed networks.
 */
export interface FrustrationResult {
  value: number;            // number of frustrated edges in the best colouring found (unweighted count)
  optimal: boolean;         // true only when proven optimal
  lowerBound: number;       // proven lower bound (== value when optimal)
  gap: number;              // (value - lowerBound) / max(value,1)
  seconds: number;
  method: string;           // e.g. 'exact (HiGHS MILP, triangle cuts)', 'heuristic (tree states + node-flip local search)'
  colour: Int8Array;        // ±1 per node: the two-colouring attaining `value`
  frustrated: Uint8Array;   // 1 per edge index that is frustrated under `colour`
}
export interface FrustrationOptions { exact?: boolean; timeLimit?: number /* seconds, default 10 */; seed?: number /* default 1 */; onProgress?: (info: { phase: string; value: number; lowerBound: number }) => void; }
