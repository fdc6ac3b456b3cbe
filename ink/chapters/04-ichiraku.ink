// Chapter 4, Three Days: Kakashi gone without a word; Ichiraku at night.
// Reads: breakfast, courage, signs. Sets: friends, honesty (let her in) or wall, signs (the mask).
=== ichiraku ===
# chapter: 4 Three Days
# hide: all
# backdrop: black
# music: unease
# ambience: night
-> nights

= nights
# recap: Three nights went by with no word from Kakashi.
The first night, he left the lamp burning in the front room. In case.
# sfx: tick
The second night, he put it out and lay awake anyway, listening to the clock and the building settling around him.
Nobody came in by the window. Nobody came in by the door. The second toothbrush dried out in its cup.
{breakfast:
- "told":
    He had said it. He had sat at that table with both hands around his cup and told Kakashi what the last two days had been like, every bit of it, and Kakashi had listened.
    And then he had gone anyway.
    That was the part Iruka could not get past. Saying it was supposed to count for something. He had been brave for once in his life, and the silence afterwards sounded exactly the same as it would have if he hadn't.
    Worse, perhaps. Before, he could have told himself that Kakashi didn't know.
- "asked":
    He kept hearing himself at the breakfast table, asking what was wrong. And the answer, light as a shrug. Nothing. Nothing at all.
    It had been a lie. He had known it was a lie before his tea was cold, and he had let it stand, because calling it one would have meant asking a second time.
    Now there was nobody to ask.
- else:
    He kept going back to breakfast. The rice cooling in the bowls, Kakashi's face turned to the window, the sentence Iruka had put together in his head and never once used.
}
On the third day he took a double shift at the mission desk, because the mission desk, at least, was loud.
No report came across the desk in that lazy, slanting hand. He stamped the others, and smiled, and filed them under the right letters.
{signs >= 2:
    Under the dread there was something else, harder to name. Too many small things had been wrong since the night Kakashi came home, and none of them fit together.
    A man who was tired of you did not come home like that. Like someone with a thing at his heels.
- else:
    {signs == 1:
        Once or twice he caught himself turning over some small wrong thing from that first night, as if it might be a clue. Then he put it away. He was a teacher, not an investigator.
    }
}
There was a sentence waiting at the end of every thought he had. He kept turning back before he reached it.
-> stand

= stand
# backdrop: ichiraku-night
# ambience: street
# show: iruka guarded left
# recap: At Ichiraku, Ayame sat down beside his untouched bowl and asked what was wrong.
By the third night he could not stand the apartment, so he went where the lanterns were.
Ichiraku was almost empty. Teuchi was scraping down the grill at the back.
Miso ramen, extra pork. The bowl he had ordered a hundred times. A skin of oil had formed on the broth, and the halved egg sat in it, going cold.
He lifted the noodles with his chopsticks and let them fall back.
# show: ayame concerned right
Ayame came round the end of the counter, untying her apron, and sat down on the stool beside his.
For a while she said nothing. She put a cup of tea by his elbow, which he had not ordered, and folded the apron in her lap.
Ayame: You haven't eaten a bite, Iruka-sensei. Dad's convinced the broth's turned.
Ayame: It hasn't. So what's wrong?
* [Let her in]
    -> let_in
* [Keep the mask on]
    -> mask

= let_in
# recap: Iruka told Ayame he thought Kakashi was finished with him, and she held him while he wept.
~ friends++
~ honesty++
Iruka: Nothing's wrong. It's been a long week, that's all.
He heard how it sounded. So did she. She did not get up and go back to her pots; she sat with her hands on the folded apron and waited, as he waited for a child who was working up to telling him something.
{courage >= 2:
    He had said harder things this week, to harder listeners. Perhaps that was why, when it came, it came so easily.
- else:
    It was the waiting that undid him. Nobody had waited for him in days.
}
It did not come out in order. He told her about the mission desk, and {apartment.tomorrow:the friends he had sent home|the apartment full of people}, and {apartment.reach:the knife under the pillow|the edge of the bed}.
{breakfast:
- "told":
    Iruka: I told him, Ayame. At breakfast. I sat there and told him how it's been, the whole of it. I never do that.
    Iruka: He listened. He really listened, I think. And then he went out of the door to go and organise things, and I haven't heard a word since.
    Ayame: You said all that to him, and he still left?
    Iruka: That's the part I keep tripping on. If I'd said nothing, I'd at least have something to blame.
- "asked":
    Iruka: I asked him what was wrong. He said nothing. He's a terrible liar, he always has been.
    Iruka: I don't think he even minds that I can tell. He just doesn't care enough to do it better.
    Ayame: That doesn't sound like not caring, to me.
    Iruka: Then I don't know what it sounds like.
- else:
    Iruka: I didn't say anything. He told me he was going, and I said that was fine, and I ate my rice.
    Iruka: I've been talking to him in my head for three days. I'm much braver in there.
}
{signs >= 2:
    Iruka: And he came home wrong. Too early, too tired, too careful about things he's never been careful about in his life.
    Iruka: As if he'd been running away from something, not home to me.
    Ayame: Maybe he was.
    He had no answer to that. He filed it away with the rest, in the drawer he was not opening.
}
Ayame let him run on. When he finally ran dry, she pushed the tea an inch closer to his hand, and he drank some, because it was there.
Ayame: Iruka-sensei. What is it you're actually afraid of?
# pause: 1.5
He looked down into the bowl. The sentence was there, the one at the end of every thought, and this time there was nowhere to turn.
# show: iruka hurt
Iruka: I think he's finished with me.
Iruka: I think he's been finished for a while, and he's working out how to say so.
It sounded smaller out loud than it had in his head. It sounded true.
Ayame: Kakashi-san? No.
Ayame: No, I don't believe that. He sat on that stool for an hour once, waiting for you. He hates waiting for anything.
# show: ayame neutral
She leaned across the gap and put her arms round him, awkwardly, the stools creaking. She smelled of spring onion and steam.
# show: iruka tearful
Something warm ran down beside his nose and over the old scar. For a moment he thought, stupidly, that the awning was leaking. Then he understood it was his.
Ayame: I'm making you a fresh bowl, and you're going to eat it. I'll stand right here until you do.
He ate half of it. It was the first thing he had tasted in three days.
- (after_ayame)
# hide: all
-> academy_scene

= mask
# recap: Iruka gave Ayame his oldest smile, paid too much, and went.
~ wall++
Iruka: Nothing. I'm just tired. The second-years have a test tomorrow, and I was up half the night writing it.
# show: iruka masked
He smiled. He had been making that smile since he was nine years old, and it had never once failed him.
Ayame looked at him a moment longer than the smile deserved.
Ayame: If you say so.
Ayame: The tea's on the house. You looked like you needed something.
# hide: ayame
She went back behind the counter. He ate three mouthfuls for her sake, and they tasted of nothing at all.
He counted coins onto the counter, more than the bowl cost, and said goodnight to Teuchi's back.
-> walk_home

= walk_home
# backdrop: village-rooftops
# ambience: night
# show: iruka guarded
# recap: He walked home the slow way, down the hill.
He could have gone home over the roofs. It would have been faster. He did not want to be faster; he did not particularly want to arrive.
So he walked, down the hill, under the shuttered stalls and the lanterns going out one by one.
{signs >= 1:
    -> rooftops
}
The street was full of people going home to someone. A couple argued fondly outside the sake shop; a father carried a sleeping boy on his back.
Iruka kept his hands in his pockets and his smile ready, in case anyone he knew looked his way. Nobody did.
-> home

= rooftops
# recap: Someone on the rooftops kept pace with him all the way down the hill.
Halfway down the hill, the back of his neck went cold.
He knew the feeling. Every ninja did. Someone was on the roofs above the street, not close, keeping pace with him one building behind.
When he stopped at the corner to let a cart by, the someone stopped too.
He turned and looked up. A shape against the chimneys, a pale smudge where a face should have been. A mask, perhaps.
Then there were only tiles, and somebody's washing left out on a line.
ANBU, he told himself. Patrols went where they liked, and it had nothing to do with him.
~ signs++
But in all his years in the village, nobody had ever troubled to walk a chuunin teacher home.
-> home

= home
# recap: At home he took down two cups before he remembered, and put one back.
- (dark_door)
# sfx: door
The apartment was dark. This time he did not bother with the lamp.
He put the kettle on out of habit and took down two cups before he noticed. He put one back on the shelf, and stood there with his hand on the cupboard door until the kettle began to shriek.
# hide: all
-> academy_scene
