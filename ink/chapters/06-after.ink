// Chapter 6, The Wall: the empty apartment, then the months, in two rounds of choices.
// Reads: academy, reason_known, breakfast, friends, signs, ichiraku.let_in, ichiraku.rooftops.
// Sets: letters + honesty (write to him), searched + courage (look for him), friends (let them in),
// wall (build it; every change is followed by `-> wall_tag ->`, which stages `# wall: N`).
=== after ===
# chapter: 6 The Wall
# hide: all
# backdrop: apartment-empty
# music: aftermath
# ambience: night
-> evening

= evening
# recap: Kakashi had cleared his things out of the apartment and left his key on the table.
-> wall_tag ->
# show: iruka neutral centre
{academy == "dignity":
    He had taken the late shift, as he had said he would. It was past midnight when he climbed the stairs, and he knew before he had the door open.
- else:
    He came home at dusk with the second-years' tests under his arm, and knew before he had the door open.
}
# sfx: door
The apartment had been gone through by someone who knew where everything was kept.
The spare vest was gone from the hall cupboard. The hook it had hung on stuck out of the wall with nothing to do.
One toothbrush in the cup. A drawer in the bedroom that slid out far too easily.
The orange books were gone, and there was a clean strip on the shelf where they had stood, edged in grey.
It was the most thorough thing Kakashi had ever done in this apartment. Iruka stood in the middle of it for a long time.
His eyes went to the window last. Its latch had stuck for as long as he had lived here, and Kakashi, who never used the door, had never once oiled it. # learns: latch
{
- reason_known:
    The window stood an inch open. Someone had oiled the latch at last: when he pushed it home, it closed with a small, clean click. # learns: latch_oiled
    Kakashi's key lay on the table beside it, squared to the edge.
- academy == "dignity":
    He had left the window unlatched, as he had promised. It was latched now. Kakashi had gone out by the door for once, and left it unlocked behind him, and his key on the table, squared to the edge.
- else:
    Kakashi's key lay on the kitchen table, squared neatly to the edge, as a thing is left for someone its owner does not expect to see again.
}
He marked the tests at the table beside the key, all thirty, with a comment on every one. Then he went to bed and lay facing the wall, and did not cry, because he had not yet understood that he was allowed to.
-> weeks

= weeks
# backdrop: mission-desk
# ambience: mission-room
# show: iruka masked centre
# recap: For weeks Iruka taught well and came apart at night, and Kakashi was gone beyond the walls.
For a while he lived a little way behind his own face.
He taught, and marked, and sat his shifts at the desk, and nobody could have faulted a single thing he did.
The news went round the village without anyone being seen to carry it.
Jounin who had joked with him across the desk for years found that their business lay at Kotetsu's end of it. In the staff room, talk stopped when he came in, and started again about the weather, too loudly.
He did not blame them. Most days he did not know where to look either.
The evenings were another matter. Some nights he got the door shut behind him and no further, and came apart on the kitchen floor with his back to the cupboard, quietly, so the neighbours would not hear. # learns: fell_apart
In the morning he washed his face in cold water and went in to teach.
{ichiraku.let_in:
    At Ichiraku, Ayame slid an egg he had not ordered into his bowl, every time, and never said a word about it. He ate every one.
}
And Kakashi could not be found.
In a village where you could not buy a cabbage without meeting someone you knew, he never once felt that chakra.
He was gone, then: out past the walls, on whatever came after organising things. # learns: kakashi_away
{reason_known:
    He knew roughly where, too. Somewhere past the border, after men with a notebook. Knowing did not help as much as it should have. It only gave the empty place a shape.
}
{breakfast == "told":
    He had told him, once, at their own table, exactly how it was. Some nights that felt like the only brave thing he had ever done. Other nights it felt like the thing that had made it easy to go.
}
- (first_month)
By the end of the first month he knew he could not go on carrying it loose in his arms. It had to be put somewhere.
* [Write to him]
    -> letters_scene ->
* [Go looking for him]
    -> search ->
* [Let someone in]
    -> desk_friends ->
* [Say nothing, and start building]
    -> wall_scene ->
- (after_first)
-> months

= months
# backdrop: classroom-lunch
# ambience: classroom
# show: iruka neutral centre
# recap: Summer went, a new class came, and by the first frost he had to decide what to make of it all.
Summer went. The Academy filled again with new faces.
{searched:
    He did not go looking any more. Whatever he had been hoping to find, it was not in any of the places he could reach.
}
{letters:
    There was never an answer. He stopped checking for one, and then, after a while, stopped having to stop himself.
}
- (first_frost)
By the first frost, he knew he had to decide what sort of man he was going to be about this.
* [Build the wall]
    -> wall_scene ->
* {not letters} [Write to him]
    -> letters_scene ->
* {not searched} [Go looking for him]
    -> search ->
* [Let Kurenai in]
    -> kurenai_thursdays ->
- (after_second)
-> year

= year
# backdrop: mission-desk-night
# ambience: mission-room
# show: iruka guarded centre
# recap: The year wore the pain down to something quiet, and on the days Kakashi was home, Iruka kept away.
{not (desk_friends || kurenai_thursdays):
    ~ wall = MIN(wall + 1, 5)
}
-> wall_tag ->
The pain changed as the months went by: a wound, then an ache for cold mornings and stairs, then, some night in the middle of winter, nothing he could find when he reached for it. It was quieter. He settled for quieter.
{desk_friends || kurenai_thursdays:
    {
    - desk_friends && kurenai_thursdays:
        It was not quite empty, though. There was a Thursday in it, and a stool at Ichiraku, and Kotetsu's long stories at the end of a late shift. # needs: desk_friends
    - kurenai_thursdays:
        It was not quite empty, though. There was a Thursday in it, and a pot of stew eaten on the floor, and not much said.
    - else:
        It was not quite empty, though. There was a stool at Ichiraku in it, and Kotetsu's long stories at the end of a late shift. # needs: desk_friends
    }
}
He heard the name now and then. A border post held; a team came home with everyone in it. So Kakashi was alive, and came back to the village sometimes, between. # needs: kakashi_away
On the days the name said he was home, Iruka kept away from anywhere he might be. The village was large enough, if two men were careful in it.
{reason_known && (ichiraku.rooftops || watcher):
    Some evenings, on the walk home, the cold still came to the back of his neck. He never looked up. He had made a promise of his own, in that classroom, and whoever was on the roofs was keeping the other half of it.
}
He hoped Kakashi was happy. He only did not need to watch.
# hide: all
-> gathering

// Round choices, each a tunnel back to the round it was chosen in.

= letters_scene
# recap: He wrote Kakashi two letters and left them where Kakashi might find them; both were taken, and none answered.
~ letters = true
~ honesty++
# backdrop: apartment-empty
# ambience: night
# sfx: paper
He wrote the first letter at the kitchen table, on Academy paper, with the good brush he kept for certificates.
{breakfast:
- "told":
    He had already said all of it once, across this same table, to Kakashi's face. Writing it down again felt like knocking at a door that had been opened to him and then closed. He wrote it anyway.
- "asked":
    At breakfast he had asked what was wrong, and let the answer go by. Paper could not tell him nothing. He could ask it as many times as he liked.
- else:
    In the end it was the sentence from breakfast, the one he had built in his head that morning and never used. It turned out to need a great many other sentences around it before it would stand up on its own.
}
{reason_known:
    He knew why, and that made it harder, not easier. He put no names in it, not Kakashi's and not his own, nothing anyone could pick up off the ground and use. He wrote it as if to a stranger who would know the hand.
}
He did not ask him to come back. He was careful about that.
He wrote about the latch, and the kettle, and a frog somebody had drawn on a third-year test. He wrote that he had been happy, and did not regret a single day of it. # needs: latch
{breakfast_scene.say_it:
    He wrote that he had said it first, at the door, and would say it first again, and that there was no need to answer. # needs: said_love
}
{reason_known:
    He wrote that he understood. Then, because a letter ought to be true, he wrote underneath that he understood and hated it.
- else:
    He wrote that he would like, very much, to understand. He crossed that out, and then wrote it again, more plainly.
}
# backdrop: village-rooftops
Whenever Kakashi was in the village he went to the memorial stone, whatever else he missed. If he came back at all, even for a night, he would go there. # needs: kakashi_away
Iruka went before dawn, and left the letter folded small at the foot of the stone, under a flat pebble from the river.
The next morning the pebble was still there. The letter was not.
It might have been Kakashi. It might have been the wind. He would never know which.
- (second_letter)
The second letter took him a month. It was shorter. The short ones were harder.
# backdrop: mission-desk
# sfx: paper
Behind the mission desk, every jounin had a pigeonhole with a brass name plate. Nobody had emptied Kakashi's in weeks.
He slid the letter in between two mission notices and a bill from the weapons shop, and went back to his stamp.
For eleven shifts he could see its white corner from his chair. On the twelfth the pigeonhole was empty, letter and all.
Nobody had seen who cleared it. He asked once, lightly, and not again.
He did not write a third. Two was asking. Three would have been begging.
->->

= search
# recap: He went looking for Kakashi, and Guy would only tell him that he was alive.
~ searched = true
~ courage = MIN(courage + 1, 3)
# backdrop: village-rooftops
# ambience: street
{reason_known:
    He knew why Kakashi had gone, and roughly where. He told himself that was enough, and it was not. He wanted to know whether he was still alive out there, and whether he ever came home between, and there was nobody he was allowed to ask. # needs: kakashi_away
- else:
    He only wanted to hear it once more, he told himself. Properly, somewhere that was not a classroom with the bell about to go.
}
He went to the memorial stone at dawn, three mornings running, in case Kakashi had come home for a night. Dew, and crows, and the names cut into the stone. Nobody.
He tried the jounin lounge on an errand he made up on the stairs. He tried the hospital roof, and the little noodle stall by the east gate that Kakashi liked better than Ichiraku and had never once admitted to.
# show: iruka guarded left
# show: guy neutral right
In the end he asked Guy, because Guy could not lie to save his life.
He found him at the third training ground, doing push-ups on his fingertips with a boulder roped to his back. For once Guy did not bellow a greeting. He let the boulder down, and stood, and wiped his palms on his legs.
That was how Iruka knew he knew something.
Iruka: Where is he, Guy?
Guy: My rival asked me not to tell you.
Guy: He asked properly. In all the years I have known him, he has never asked me for anything properly.
# show: iruka hurt left
Iruka: Is he all right? You can tell me that much.
Guy: He is alive. He is as all right as he ever lets himself be.
Guy: Forgive me, Iruka-sensei. I would sooner run round the village on my hands than stand here and give you nothing.
He meant it. Guy meant every word he ever said, which was exactly what made him so hard to listen to.
# hide: guy
{signs >= 2:
    -> watcher ->
- else:
    He never found him. After a few weeks the looking had turned into something he would have been ashamed to see in one of his students, a way of hanging about in doorways. So he stopped.
}
->->

= watcher
# recap: On the roofs he caught an ANBU guard watching his window, on orders from someone who would not be named.
He never found Kakashi. What he found, walking home from the training ground, was the cold at the back of his neck.
{ichiraku.rooftops:
    The same cold as that night on the hill. Weeks, and it had never once gone away. He had only stopped noticing.
}
This time he did not look up. He walked on round the corner by the bathhouse, went up a drainpipe in the shadow of the eaves, and doubled back along the ridge tiles as quietly as he had ever moved in his life.
The watcher was crouched behind a chimney two roofs from his own window, looking down at the street where Iruka ought to have been.
A white mask, with a single red stroke painted over one eye. ANBU.
Iruka: Who sent you?
The mask turned towards him, unhurried. It did not run. Perhaps it had known he was there since the drainpipe.
A voice came from behind it, low and polite. It said only that the orders had come from someone who had asked not to be named.
Iruka: Is that someone well?
The mask considered him for a moment. Then there was nobody there, only the chimney, and the wet tiles, and his own window, dark, below.
{reason_known:
    He knew whose someone it was. He had known since the classroom. It was another thing, though, to find the proof crouched behind a chimney in the rain, keeping watch over a man who marked spelling tests.
- else:
    Someone who had asked not to be named. Someone who thought a chuunin teacher needed guarding, and did not want to be thanked for it. He could think of exactly one name, and it made no sense at all, so he put it away.
}
The next night the cold was back at his neck. He let it stay.
->->

= desk_friends
# recap: He told Izumo and Kotetsu he was not doing well, and they walked him to Ichiraku.
~ friends++
# backdrop: mission-desk-night
# ambience: mission-room
# show: iruka guarded centre
He had sat at the desk between Izumo and Kotetsu for years, and had long since stopped seeing them, as one stops seeing a good table. # learns: desk_friends
It was Kotetsu who noticed first. Iruka watched him do it: watched his eyes go to a report near the bottom of the pile, and watched him take that one himself, without a word, before Iruka could reach it.
Iruka: You don't have to do that.
Kotetsu: Do what?
Izumo: He's been doing it for a month. He thinks nobody's seen.
Kotetsu: Nobody had. Until you opened your mouth.
Iruka could have smiled and let it go. He had let a great many things go.
Iruka: Thank you. I mean it. I'm not... I'm not doing very well.
It was the first time he had said so to anyone but a bowl of ramen. Izumo put his stamp down.
Izumo: We know. You've been far too cheerful. It's frightening the genin.
That night they shut the desk on time for once, and walked him to Ichiraku between them, one on either side, as if he might make a run for it.
# backdrop: ichiraku-night
# ambience: street
# show: iruka neutral left
# show: ayame neutral right
{ichiraku.let_in:
    Ayame saw the three of them duck under the curtain and did not say anything. She only set out three bowls, and put the egg in his without being asked.
- else:
    Ayame looked at the three of them, and then at him, for longer. The last time he had sat here alone he had told her he was tired. She had not believed him then either.
    Ayame: You look like you've come to tell me something after all.
    Iruka: Not tonight. But I will, one of these nights.
    Ayame: I'll hold you to that, Iruka-sensei.
}
They talked about nothing much: the new exam rules, Izumo's mother, a dog that had got into the Hokage's tower and eaten a treaty. Nobody said Kakashi's name, and nobody took care not to say it, either.
It was the first evening in weeks he had not spent being fine. He walked home tired in the ordinary way, and slept.
# hide: ayame
->->

= kurenai_thursdays
# recap: Kurenai began to come on Thursdays with stew, and would carry no messages.
~ friends++
# backdrop: apartment-empty
# ambience: night
# show: iruka neutral left
# sfx: door
# show: kurenai stern right
Kurenai turned up at his door one evening in the first cold snap, with a pot of stew wrapped in a towel and no explanation.
Kurenai: It's Thursday.
Iruka: It is.
Kurenai: I'll be here on Thursdays. You'll eat. I won't carry messages, his or yours, so you needn't ask.
She said it in her voice for orders in the field, and walked past him into the kitchen as though she had lived there for years.
He had known her through Kakashi, mostly. He had assumed, when it ended, that she would go where Kakashi went. That was how these things divided.
Iruka: You were his friend first.
Kurenai: I still am. I'm yours as well. I'm allowed more than one. So are you.
# show: kurenai warm right
She sat on his floor with her back against the couch, because the couch was covered in marking, and ate straight out of the pot.
{desk_friends:
    Iruka: Izumo and Kotetsu have been taking me to Ichiraku. # needs: desk_friends
    Kurenai: Good. Keep letting them.
- else:
    He had not let anyone in since the classroom. He found, watching her scrape the last of the stew out with a spoon, that he had let her in without noticing.
}
She came the next Thursday, and the one after. Some weeks they did not say ten words between them. It did not seem to matter.
# hide: kurenai
->->

= wall_scene
~ wall = MIN(wall + 2, 5)
# backdrop: kitchen-night
# ambience: night
# show: iruka guarded centre
{wall_scene > 1:
    -> wall_finished
}
# recap: He started on a wall, laying down one thing he chose not to feel at a time.
{reason_known:
    It was not that Kakashi did not want him. He knew better than that, and it was the knowing that made the wall necessary.
    A plan like Kakashi's only worked if it was true everywhere, and Iruka's face was one of the places people would look. So the wall would be a promise. Nobody would ever find anything behind it worth taking.
- else:
    He decided, one night in the empty kitchen, that he was done with windows.
    Done with looking up every time the door at the desk slid open. Done with taking down two cups.
    A man who did not want him had walked out of his classroom and his bed, and Iruka would not trail after him across the village holding out his heart in both hands.
}
-> wall_tag ->
He thought of the boy from the Sand village he had seen at the chuunin exams, and the sand that went everywhere with him.
The boy never had to lift a hand. Whatever was thrown at him, the sand was already there, a moving skin of it, rising between him and the blow before he had even seen it coming.
Iruka wanted that. Something that would stand up by itself, so that he would not have to.
~ built_wall = true
So he began to build. Not all at once. A grain at a time. # learns: wall_built
A smile at the desk when a jounin looked away from him. A brisk answer in the staff room. An early night, instead of an hour at the window. Every small thing he chose not to feel, laid down on top of the last.
{academy:
- "dignity":
    He had started it in the classroom, he realised, when he made it easy. He had only been laying the first row.
- "demand":
    He still had the one true thing he had been given. You were never the problem. He set it low in the wall, where it could bear weight.
}
->->

= wall_finished
# recap: By the end of winter the wall was nearly done, and he was grateful for it.
-> wall_tag ->
By the end of the winter it was nearly finished.
He could hear that name in the staff room and go on pouring tea without the spout so much as touching the rim of the cup. He could walk past the memorial stone in daylight. He could take down one cup and not notice the other.
Sometimes he put a hand against the wall, in his mind, and felt how solid it had grown, and was grateful to it.
It did not occur to him to wonder what it was keeping in.
->->

// Stages the wall motif at its current height. Call as a tunnel after `wall` changes.
= wall_tag
{
- wall <= 0:
    # wall: 0
- wall == 1:
    # wall: 1
- wall == 2:
    # wall: 2
- wall == 3:
    # wall: 3
- wall == 4:
    # wall: 4
- else:
    # wall: 5
}
->->
