import * as migration_20261123_015204_initial from './20261123_015204_initial';
import * as migration_20261123_020658_registrations from './20261123_020658_registrations';
import * as migration_20261126_174914_media_storage_fields from './20261126_174914_media_storage_fields';
import * as migration_20261126_191614_security_txt from './20261126_191614_security_txt';
import * as migration_20261126_211800_locks_follow_users from './20261126_211800_locks_follow_users';
import * as migration_20261126_212445_posts from './20261126_212445_posts';
import * as migration_20261126_214608_help_line_chat from './20261126_214608_help_line_chat';
import * as migration_20261126_214843_redirects from './20261126_214843_redirects';
import * as migration_20261126_220000_search from './20261126_220000_search';
import * as migration_20261126_220058_activities from './20261126_220058_activities';
import * as migration_20261202_045030_localization from './20261202_045030_localization';
import * as migration_20261202_050000_stats from './20261202_050000_stats';
import * as migration_20261202_050935_mail_outbox from './20261202_050935_mail_outbox';
import * as migration_20261202_052152_reminders from './20261202_052152_reminders';

export const migrations = [
  {
    up: migration_20261123_015204_initial.up,
    down: migration_20261123_015204_initial.down,
    name: '20261123_015204_initial',
  },
  {
    up: migration_20261123_020658_registrations.up,
    down: migration_20261123_020658_registrations.down,
    name: '20261123_020658_registrations',
  },
  {
    up: migration_20261126_174914_media_storage_fields.up,
    down: migration_20261126_174914_media_storage_fields.down,
    name: '20261126_174914_media_storage_fields',
  },
  {
    up: migration_20261126_191614_security_txt.up,
    down: migration_20261126_191614_security_txt.down,
    name: '20261126_191614_security_txt',
  },
  {
    up: migration_20261126_211800_locks_follow_users.up,
    down: migration_20261126_211800_locks_follow_users.down,
    name: '20261126_211800_locks_follow_users',
  },
  {
    up: migration_20261126_212445_posts.up,
    down: migration_20261126_212445_posts.down,
    name: '20261126_212445_posts',
  },
  {
    up: migration_20261126_214608_help_line_chat.up,
    down: migration_20261126_214608_help_line_chat.down,
    name: '20261126_214608_help_line_chat',
  },
  {
    up: migration_20261126_214843_redirects.up,
    down: migration_20261126_214843_redirects.down,
    name: '20261126_214843_redirects',
  },
  {
    up: migration_20261126_220000_search.up,
    down: migration_20261126_220000_search.down,
    name: '20261126_220000_search',
  },
  {
    up: migration_20261126_220058_activities.up,
    down: migration_20261126_220058_activities.down,
    name: '20261126_220058_activities',
  },
  {
    up: migration_20261202_045030_localization.up,
    down: migration_20261202_045030_localization.down,
    name: '20261202_045030_localization',
  },
  {
    up: migration_20261202_050000_stats.up,
    down: migration_20261202_050000_stats.down,
    name: '20261202_050000_stats',
  },
  {
    up: migration_20261202_050935_mail_outbox.up,
    down: migration_20261202_050935_mail_outbox.down,
    name: '20261202_050935_mail_outbox',
  },
  {
    up: migration_20261202_052152_reminders.up,
    down: migration_20261202_052152_reminders.down,
    name: '20261202_052152_reminders',
  },
];
