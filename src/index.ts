import { main } from './app/main';

void main();
