// @ts-check
/** The longest search anyone types; longer input is cut here (form, page, query and refusal alike). */
export const MAX_QUERY_LENGTH = 100
