import '@testing-library/jest-dom/vitest';
import { MotionGlobalConfig } from 'framer-motion';

// Component tests check numbers and words, not motion; happy-dom has no real animation engine.
MotionGlobalConfig.skipAnimations = true;
