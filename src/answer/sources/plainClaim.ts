// A claim as a Discord message writes it, read as plain words: "*Check sources*" hands Byline real
// messages, with markdown, mentions, links and code marks that are no part of what is claimed.

/** The claim's words without Discord's markup: `<@123>` mentions, `<#1>` channels, `<:emoji:1>`, links
 *  (a masked link keeps its label), code marks, emphasis, spoilers, headings, quote bars and list marks. */
export function plainClaim(text: string): string {
  return text
    .replace(/```[a-z]*\n?|```/gi, ' ')
    .replace(/\[([^\]]*)\]\(<?https?:\/\/[^)\s]*>?\)/g, '$1')
    .replace(/<a?:\w+:\d+>|<(?:@[!&]?|#)\d+>/g, ' ')
    .replace(/<?https?:\/\/\S+?>?(?=\s|$)/g, ' ')
    .replace(/^\s{0,3}(?:#{1,3}\s+|>{1,3}\s+|[-*+]\s+|\d+\.\s+|-#\s+)/gm, '')
    .replace(/(\*\*|__|\*|_|~~|\|\||`)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/[`|]{1,2}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
