// Lower-case words inside a person's name ("Maria de Souza", "Ahmed bin Salem").
import { wordList } from './list';

export const NAME_PARTICLES = wordList(`de del della da di van von der den la le bin ibn al`);
