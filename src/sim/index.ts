/** The simulation's public surface. Everything here is pure, integer-only and deterministic. */
export * from './types';
export { resolveTurn, previewOrders, copyState, startGame } from './resolve-turn';
export { evaluateOffer } from './negotiation';
export { hashState } from './hash';
export { playGame, verifyTurns, ordersForTurn } from './replay';
export { POLICIES, isPolicyName, type PolicyName, type Policy } from './policies';
export { gameMetrics, scoreGame } from './metrics';
export { RULES_VERSION } from './rules-version';
export type { TurnReport, ReportEntry, OrderResult } from './report';
