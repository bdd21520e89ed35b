import { AD_COPY_PARTS, TV_CHANNEL_PARTS } from '../layout/unit-facts.js';
import type { LineRule } from './rule.js';

/**
 * Promotion and calls to action that sites inject into article text. Each entry says why it
 * is safe: the pattern is specific to the furniture and would not open a news sentence.
 */
export const PROMO_RULES: readonly LineRule[] = [
  // "Support the IDF Today", "Donate Now": short imperative appeals for support.
  {
    id: 'promo/call-to-action',
    kind: 'promo',
    reason: 'A call to action (support/donate) injected into the body, not part of the article.',
    pattern: /^(?:support|donate to|help support|give to|stand with) [^.!?]{1,60}(?:today|now)[.!]?$|^donate(?: now| today)?[.!]?$/i,
    maxLength: 90,
  },
  // "Subscribe to Canada Free Press for FREE", "Join Us Today": short appeals to sign up.
  {
    id: 'promo/join',
    kind: 'promo',
    reason: 'An appeal to subscribe, join or sign up, injected into the body, not part of the article.',
    pattern: /^(?:subscribe to|join|sign up for|sign up to|get) [^.!?]{1,60}(?:today|now|for free|newsletter)[.!]?$/i,
    maxLength: 90,
  },
  // beforeitsnews.com injects this headline teaser into every article.
  {
    id: 'promo/injected-headline',
    kind: 'promo',
    reason: 'A "Headline:" teaser for another story, injected by the site into every article.',
    pattern: /^Headline: /,
    maxLength: 200,
  },
  // beforeitsnews.com reader poll widget.
  {
    id: 'promo/reader-poll',
    kind: 'promo',
    reason: 'A reader-poll widget ("% of readers think this story is Fact"), not article text.',
    pattern: /^%? ?of readers think this story is /i,
    maxLength: 120,
  },
  // Where an advertisement sat in the page.
  {
    id: 'promo/advertisement',
    kind: 'promo',
    reason: 'An advertisement marker left where an ad sat in the page.',
    pattern: /^(?:ad|advertisements?|advertisement - story continues below|continue reading below the advertisement|story continue[sd] below|article continues below(?: advertisement)?|continue reading(?: the main story)?|sponsored(?: content)?|scroll down for video)$/i,
    maxLength: 60,
  },
  // Newsletter and mailing-list sign-ups.
  {
    id: 'promo/newsletter',
    kind: 'promo',
    reason: 'A newsletter or mailing-list sign-up, not part of the article.',
    pattern: /^(?:sign up for|subscribe to|join) (?:our|the|my) [^\n]{0,80}(?:newsletter|mailing list|e-?mail list|updates)/i,
    maxLength: 250,
  },
  {
    id: 'promo/newsletter',
    kind: 'promo',
    reason: 'A newsletter or mailing-list sign-up, not part of the article.',
    pattern: /^(?:sign up for|subscribe to) [^.!?]{1,80}$/i,
    maxLength: 100,
  },
  // "Click here to …", "Click Here Now": link furniture.
  {
    id: 'promo/click-here',
    kind: 'promo',
    reason: 'A "click here" link prompt, not article text.',
    pattern: /^(?:click here|click to|tap here)\b/i,
    maxLength: 400,
  },
  {
    id: 'promo/click-here',
    kind: 'promo',
    reason: 'A "click here" link prompt, not article text.',
    pattern: /^[^.!?]{0,80}[–—:-] click here(?: now)?[.!]?$/i,
    maxLength: 120,
    endsWith: ['click here', 'click here.', 'click here!', 'click here now', 'click here now.', 'click here now!'],
  },
  // Comment-form and social prompts.
  {
    id: 'promo/engagement',
    kind: 'promo',
    reason: 'A prompt to comment, follow or share, left over from the page around the article.',
    pattern: /^(?:leave a (?:reply|comment)|follow (?:us|me|him|her|[A-Z][a-z]+) on (?:twitter|facebook|instagram)\b|like us on facebook\b|spread the word!|get the word out|please share\b|share this (?:article|story|post) (?:on|with)\b)/i,
    maxLength: 300,
  },
  {
    id: 'promo/engagement',
    kind: 'promo',
    reason: 'A prompt to comment, follow or share, left over from the page around the article.',
    pattern: /^[^.!?]{0,80}[?!] (?:get the word out|spread the word|share this)\b/i,
    maxLength: 200,
    // Most short lines reach this rule; two native searches settle nearly all of them.
    includes: ['? ', '! '],
  },
  // Republishing invitations and reading prompts of content farms.
  {
    id: 'promo/republish',
    kind: 'promo',
    reason: 'An invitation to share or republish the site’s content, not part of the article.',
    pattern: /^(?:we encourage you to share|read more great articles|to read more (?:posts|articles|stories) like this|read more from [^.]{1,60}(?:archive|twitter|facebook)|more critical reads|you can support (?:my|our) work|please support (?:my|our|this)|support (?:our|my) work\b)/i,
    maxLength: 300,
  },
  // Ad-slot and page-widget leftovers: "Your ads will be inserted here by Easy Plugin for AdSense".
  {
    id: 'promo/ad-slot',
    kind: 'promo',
    reason: 'Text of an empty advertising slot or page widget, not article text.',
    pattern: /^(?:your ads will be inserted here[^\n]{0,120}|easy plugin for adsense\.?|support us[.!]?|continue reading ?(?:→|»|\.\.\.|…)?|watch on youtube|like (?:us|our page) on facebook\.?)$/i,
    maxLength: 160,
  },
  // "SUPPORT 21WIRE  SUBSCRIBE & BECOME A MEMBER @ 21WIRE.TV": an all-capitals appeal.
  {
    id: 'promo/support-appeal',
    kind: 'promo',
    reason: 'An appeal to support or subscribe to the site, not part of the article.',
    pattern: /^SUPPORT (?:[A-Z0-9]{2,20}|OUR WORK)\b[^\n]{0,120}$/,
    maxLength: 140,
  },
  // Product ads glued in by a widget: "× 101 Things … Buy Now".
  {
    id: 'promo/product-ad',
    kind: 'promo',
    reason: 'A product advertisement inserted by a widget (it starts with the close button "×").',
    pattern: /^× /,
    maxLength: 1000,
  },
  {
    id: 'promo/product-ad',
    kind: 'promo',
    reason: 'A product advertisement ending in a "Buy Now" button.',
    pattern: /^[^\n]{10,600} Buy Now!?$/,
    maxLength: 620,
    endsWith: ['Buy Now', 'Buy Now!'],
  },
  // Contact furniture of personal blogs: "Email: x@y", "Skype: name", "Twitter: https://…".
  {
    id: 'promo/contact',
    kind: 'promo',
    reason: 'Contact details of the author or site (e-mail, Skype, social links), not article text.',
    pattern:
      /^\[?(?:contact me|contact us|e-?mail|skype|twitter|facebook|website|web site|telegram|gab|paypal|google plus|youtube|instagram)(?: me)?\]? ?: ?(?:$|\S+$|https?:\/\/\S+$)|^[\w.+-]{1,60}@[\w-]{1,60}\.[\w.]{2,20}$/i,
    maxLength: 150,
    // A label and its colon, or an address with its "@": the pattern may open with any letter.
    includes: [':', '@'],
  },
  // Subscription and ad copy: a line that sells ("Subscribe now", "Click here to get your free …").
  {
    id: 'promo/ad-copy',
    kind: 'promo',
    reason: 'Advertising or subscription copy ("Subscribe now", "Click here to …"), not article text.',
    pattern: /\b(?:[Ss]ubscribe now|[Ss]ign up now|[Cc]lick here to (?:get|see|learn|read|download|subscribe|sign up|join)|[Gg]et your free|[Bb]y subscribing to)\b/,
    maxLength: 700,
    // What each alternative holds, as long as can be: the longer the shortest, the further the search skips.
    // Also looked for in one search with other prefilters' strings (see `unitFacts`).
    includes: AD_COPY_PARTS,
  },
  // Requests for tips: "Send us facts to check".
  {
    id: 'promo/send-us',
    kind: 'promo',
    reason: 'A request for reader tips or submissions, not article text.',
    pattern: /^(?:send us (?:your )?(?:facts|tips|stories|news)|got a (?:news )?tip\?|have a tip\?)/i,
    maxLength: 200,
  },
  // TV channel plugs.
  {
    id: 'promo/channel',
    kind: 'promo',
    reason: 'A plug for the site’s TV channel or app, not part of the article.',
    pattern: /^(?:[Ii]mportant: )?[A-Z][\w ]{1,30} TV is available on /,
    maxLength: 400,
    // Nearly every capitalised line reaches this rule: a native-speed search rules most out.
    includes: TV_CHANNEL_PARTS,
  },
];
