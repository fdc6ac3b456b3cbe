/** Self-voicing: lines and choices read aloud with the system's speech synthesis (Web Speech API). */

/** The speech rules (voices, pronunciations), loaded with the first line read aloud: most readers never need them. */
let rules: Promise<typeof import('../../reading/speech.ts')> | null = null;

/** How the reader wants lines read (the profile's settings fit). */
export interface VoiceSettings {
  /** A `voiceURI`; null, or a voice this browser lacks, reads in the default voice. */
  voice: string | null;
  speechRate: number;
  /** The reader's pronunciations, over the built-in list. */
  pronunciations: Readonly<Record<string, string>>;
}

const DEFAULT_VOICE: VoiceSettings = { voice: null, speechRate: 1, pronunciations: {} };

/** True where the browser can speak. */
export function speechAvailable(): boolean {
  return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
}

/** The browser's voices now (the list may fill in only after `voiceschanged`). */
export function voices(): SpeechSynthesisVoice[] {
  return speechAvailable() ? speechSynthesis.getVoices() : [];
}

/**
 * Speaks `text`; by default it cuts off whatever was being said (the reader moved on). Calls made
 * together are spoken in the order made (they wait on the same rules).
 */
export function speak(text: string, interrupt = true, settings: VoiceSettings = DEFAULT_VOICE): void {
  if (!speechAvailable()) return;
  rules ??= import('../../reading/speech.ts');
  void rules.then(({ pickVoice, pronunciationsOf, spokenText }) => {
    if (interrupt) speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(spokenText(text, pronunciationsOf(settings.pronunciations)));
    const { voice } = pickVoice(voices(), settings.voice);
    if (voice) utterance.voice = voice;
    utterance.lang = voice?.lang ?? 'en';
    utterance.rate = settings.speechRate;
    speechSynthesis.speak(utterance);
  });
}

/** Speaks a step as it is shown: the line with its speaker, then the choices on offer, numbered. */
export function speakStep(
  step: { line: { speaker: string | null; text: string } | null; choices: readonly { text: string }[] },
  settings: VoiceSettings = DEFAULT_VOICE,
): void {
  if (step.line) speak(step.line.speaker ? `${step.line.speaker}: ${step.line.text}` : step.line.text, true, settings);
  if (step.choices.length) speak(step.choices.map((c, i) => `Choice ${i + 1}: ${c.text}`).join('. '), false, settings);
}
