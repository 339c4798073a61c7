import * as migration_20261123_012305_initial from './20261123_012305_initial';

export const migrations = [
  {
    up: migration_20261123_012305_initial.up,
    down: migration_20261123_012305_initial.down,
    name: '20261123_012305_initial'
  },
];
