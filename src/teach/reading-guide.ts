import { ReadingGuideSchema, type ReadingGuide } from '../schemas/reading-guide.ts';

/**
 * The reading guide on /teach/, written by the Counterpoint editors. Every word here is ours;
 * a claim is referred to by its id and shown on the page in the author's exact words.
 */
export const readingGuide: ReadingGuide = ReadingGuideSchema.parse({
  essays: [
    {
      essay: 'call-putin-out',
      context:
        'Read this first. Evans wrote it in early December 2021, the day before a scheduled call between Biden and Putin, while Russian forces were massing near Ukraine and before the full-scale invasion of February 2022. It is the only essay of the four that argues for talks, and the only one written before the full-scale invasion. The later essays answer positions like his; the map links them to his claims, with our notes.',
      questions: [
        {
          text: 'Evans proposes talks as a test. What exactly would Putin’s response reveal, and what answer would count as failing the test?',
          claims: ['evans-test-by-talks', 'evans-reveal-intentions'],
        },
        {
          text: 'Is distrust of the other side a reason to negotiate or a reason to refuse? Set Evans’s answer beside Democracy Abroad’s reading of the historical record a year later.',
          claims: ['evans-negotiate-because-distrust', 'evans-diplomacy-as-weakness', 'da-no-serious-negotiation'],
        },
        {
          text: 'Evans takes Putin’s stated red lines as the agenda for talks. How much is that evidence worth if, as Greene argues later, the red lines that matter lie in Russian domestic politics?',
          claims: ['evans-consistent-red-lines', 'evans-top-two-red-lines', 'greene-no-red-lines-to-learn'],
        },
        {
          text: 'Evans distinguishes halting NATO’s expansion from acknowledging a Russian sphere of influence. Does the distinction hold? Who gains and who loses by it?',
          claims: ['evans-halt-nato-expansion', 'evans-sphere-charge', 'evans-not-sphere', 'evans-us-also-independent'],
        },
        {
          text: 'Evans concedes that there may be no constructive and stable way out of the crisis. How much does the concession weaken his proposal, and how does Kagan turn the same doubt into an argument against talks?',
          claims: ['evans-no-obvious-way', 'evans-delay-invasion', 'kagan-pause-not-end'],
        },
      ],
    },
    {
      essay: 'why-putin-fights',
      context:
        'Greene wrote in July 2022, five months into the full-scale war, in reply to an essay by Sam Charap and Jeremy Shapiro that is not in this collection; their position is known here only as Greene states it. The captures carry no byline: the attribution and its basis are given on the essay page. Claims from the reader comments in the captures are mapped too.',
      questions: [
        {
          text: 'What is the difference between fighting for national security and fighting for regime security, and why does Greene insist the difference matters for whether to negotiate?',
          claims: ['greene-regime-security', 'greene-cs-national-security-premise', 'greene-conditional-case-for-talks'],
        },
        {
          text: 'What evidence does Greene give that the war serves the security of Putin’s regime? What evidence would count against his reading?',
          claims: ['greene-no-security-calculus', 'greene-ukraine-regime-survival', 'greene-repression-record'],
        },
        {
          text: 'Greene argues that talks could make things worse. Trace the mechanism step by step: who gains what, and why would it prolong the fighting?',
          claims: ['greene-talks-make-worse', 'greene-incentive-to-keep-fighting', 'greene-nothing-to-offer'],
        },
        {
          text: 'One reader dismisses Greene’s distinction as academic. Answer the reader on Greene’s behalf, then say what the reader gets right.',
          claims: ['reader-academic-concern', 'greene-regime-security'],
        },
      ],
    },
    {
      essay: 'case-against-negotiations',
      context:
        'Kagan’s essay carries no date; its references to Ukraine’s successes in western Kherson and to the coming winter place it in November 2022. It comes from the Critical Threats Project (American Enterprise Institute) and ISW, and argues mainly from the military situation.',
      questions: [
        {
          text: 'Kagan holds that negotiations can only pause this war. What does he draw from the years between 2014 and 2022 to support that, and is the inference sound?',
          claims: ['kagan-pause-not-end', 'kagan-renewed-invasion', 'kagan-fire-never-ceased'],
        },
        {
          text: 'Kagan grants that Ukraine’s position is stronger but denies that it is strong enough to negotiate. What is the difference between momentum and the upper hand?',
          claims: ['kagan-strength-premise', 'kagan-position-stronger', 'kagan-momentum-not-upper-hand'],
        },
        {
          text: 'Sort Kagan’s reasons for rejecting the current front lines into military, political and humanitarian ones. Which carries most weight in his argument?',
          claims: ['kagan-lines-unacceptable', 'kagan-ceasefire-freezes-lines', 'kagan-vital-areas-held', 'kagan-occupation-atrocities'],
        },
        {
          text: 'Kagan and Greene agree that Putin’s aims cannot be bargained away, but for different reasons. State each reason and say which, if true, leaves more room for diplomacy later.',
          claims: ['kagan-rejects-independent-ukraine', 'kagan-ambitions-unchangeable', 'greene-nothing-to-offer'],
        },
        {
          text: 'Kagan does not reject talks for ever. Under what conditions does his thesis allow them, and who decides when they are met?',
          claims: ['kagan-facts-before-talks'],
        },
      ],
    },
    {
      essay: 'folly-of-negotiating',
      context:
        'A short Medium post of 22 December 2022 by a writer who uses the pen name Democracy Abroad. It is the latest of the four essays and the most general: it argues from precedent and principle rather than from the state of the front.',
      questions: [
        {
          text: 'What lesson does the essay draw from Suez and from the Soviet presence in Iran, and do the precedents fit the case of Ukraine?',
          claims: ['da-suez-iran-precedents', 'da-annexation-precedent'],
        },
        {
          text: 'Why does the essay call a negotiated peace a misnomer? Is the absence of war worth having even if it is not peace?',
          claims: ['da-peace-misnomer', 'da-occupation'],
        },
        {
          text: 'The essay says the historical record shows Putin will not negotiate seriously. Does the record it cites show that? How would Evans have replied?',
          claims: ['da-pifer-2014', 'da-no-serious-negotiation', 'evans-negotiate-because-distrust'],
        },
        {
          text: 'The thesis is limited to the time Putin remains in power. What follows from that limit, and how does it fit Greene’s view that Russian domestic politics will decide how long Putin can fight?',
          claims: ['da-peace-through-victory', 'greene-russian-politics-decide'],
        },
      ],
    },
  ],
  exercises: [
    {
      title: 'The strongest objection to Evans',
      task: 'Start from Evans’s thesis on the map and follow the arrows that attack it, directly and through the reasons that support it. Choose the rebuttal you think strongest and write one paragraph saying why. Then write the reply Evans could give, using only what was known in December 2021, and say whether the reply succeeds.',
      start: ['evans-test-by-talks', 'greene-nothing-to-offer'],
    },
    {
      title: 'Before and after February 2022',
      task: 'Evans wrote before the invasion; the other three wrote after it. On the map, find the relations between Evans’s claims and the later essays (each carries a note in our words). For each, decide whether the later author answers what Evans actually claimed or a position he did not hold, and whether the invasion itself is the evidence that decides the point.',
      start: ['evans-delay-invasion', 'evans-reveal-intentions', 'evans-consistent-red-lines'],
    },
  ],
});
