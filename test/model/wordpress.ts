/**
 * JSON as WordPress leaves it when an author pastes it into a post: wptexturize curls each
 * straight quote by where it stands (“ after a space or `{ [ ( -`, ” elsewhere, ″ after a digit
 * when a sentence holds several closing candidates), and writes them as `&#8220;` `&#8221;`
 * `&#8243;`; wpautop adds `<p>` around the text and `<br />` at each line's end. The fixtures are
 * written as WordPress writes them, rule by rule, from a clean document whose text already has
 * typographic quotes of its own.
 */
/** What the author wrote: the text's own quotes are already typographic. */
export const clean = {
  title: 'Ballerina',
  year: 2023,
  description: 'Ok-ju’s “revenge” film, told in ninety-three minutes',
  releases: [{ date: '2023-10-06', place: 'Netflix' }],
  reviews: [{ outlet: 'The Daily Reel', quote: 'When it comes to “Ballerina,” I’d watch it again…', rating: { value: 3, best: 5 } }],
};

/** wptexturize, then wpautop, of `JSON.stringify(clean, null, 2)`, as the post's HTML holds it. */
export const wordpressed = `<p>{<br />
  &#8220;title&#8221;: &#8220;Ballerina&#8221;,<br />
  &#8220;year&#8221;: 2023,<br />
  &#8220;description&#8221;: &#8220;Ok-ju’s “revenge” film, told in ninety-three minutes&#8221;,<br />
  &#8220;releases&#8221;: [<br />
    {<br />
      &#8220;date&#8221;: &#8220;2023-10-06&#8221;,<br />
      &#8220;place&#8221;: &#8220;Netflix&#8221;<br />
    }<br />
  ],<br />
  &#8220;reviews&#8221;: [<br />
    {<br />
      &#8220;outlet&#8221;: &#8220;The Daily Reel&#8221;,<br />
      &#8220;quote&#8221;: &#8220;When it comes to “Ballerina,” I’d watch it again…&#8221;,<br />
      &#8220;rating&#8221;: {<br />
        &#8220;value&#8221;: 3,<br />
        &#8220;best&#8221;: 5<br />
      }<br />
    }<br />
  ]<br />
}</p>
`;

/** The same post as a browser shows it (the element's text): entities read, `<br />` gone. */
export const shown = (html: string) => {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box.textContent!;
};

