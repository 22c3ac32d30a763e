import { describeSearchContract } from '../../testing/search-contract';
import { createEmbeddedEngine } from './adapter';

describeSearchContract('embedded (in-process)', () => createEmbeddedEngine());
