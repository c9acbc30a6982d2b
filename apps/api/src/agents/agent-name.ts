/** How reports and the wallboard name a platform agent: full name, else login, else platform id. */
export const agentDisplayName = (agent: {
  fullName: string | null;
  login: string | null;
  externalId: string;
}): string => agent.fullName ?? agent.login ?? agent.externalId;
