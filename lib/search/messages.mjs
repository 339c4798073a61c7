// @ts-check
/** The Dutch words of the search's own messages (move to messages/nl.json with the localisation). */
export const searchMessages = {
  throttledTitle: 'Even wachten met zoeken',
  /** @param {number} seconds */
  throttledText: (seconds) =>
    `Je hebt heel vaak achter elkaar gezocht. Wacht ${seconds} seconden en probeer het dan opnieuw. Je zoekwoorden staan nog in het vak.`,
  label: 'Zoekwoorden',
  button: 'Zoeken',
  home: 'Naar de voorpagina',
}
