// Romanized Hindi ("Hinglish"): the cue words of incident reports written in Latin script.
import type { LocalePack } from "../pack.js";
import { hiLatnCrime } from "./crime.js";

export const hiLatn: LocalePack = { id: "hi-Latn", crime: hiLatnCrime };
