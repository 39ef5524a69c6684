import type { CitedClaim, CitedEssay } from './csl-record.ts';
import { claimVoice } from '../words/voice.ts';
import { authorLabel } from '../words/author-name.ts';
import { SITE_NAME } from '../words/site-name.ts';
import { capitalise } from '../words/capitalise.ts';
import { collapseSpace } from '../words/collapse-space.ts';

/**
 * What a citation cannot show by itself, in words: whose voice a claim is in, where the text appears when
 * no publication can be named, an attributed author, a date inferred or taken from outside the captures,
 * and what the web address is. The page prints these next to every citation, and the CSL record's `note`
 * (hence BibTeX `note` and RIS `N1`) carries the same sentences, so no copy of the citation loses them.
 */
export function citationMarks(essay: CitedEssay, claim: CitedClaim | undefined, hasUrl: boolean): string[] {
  const reader = claim?.kind === 'reader';
  const marks: string[] = [];
  if (claim) {
    marks.push(`Quoted claim: “${collapseSpace(claim.text)}”`);
    if (reader) marks.push(`A reader’s comment under the essay by ${authorLabel(essay)}; the capture names no commenter, and the comment is undated`);
    else if (claim.kind === 'reported') marks.push(capitalise(claimVoice(claim, essay).phrase));
  }
  if (essay.outletKind === 'description') marks.push(essay.outlet);
  if (!reader) {
    if (essay.authorBasis === 'attributed') marks.push('Author attributed: not named in a byline in the source');
    if (essay.publishedInferred) marks.push('Date inferred from the text, not printed in the source');
    else if (essay.publishedOutside) marks.push('Date from our source notes, not printed in the captures');
  }
  marks.push(hasUrl ? `The web address is our copy at ${SITE_NAME}; none is known for the original` : 'No web address is known for the original');
  return marks;
}
